package dev.leaseport.adapters.rest.response;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method creates the {@link VersionedJson} it returns: answer 201 with a {@code Location} of
 * {@code <collection>/<id>}. The collection defaults to the request's own path.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Created {
  /** The path of the collection the new resource lives in, e.g. {@code /api/v1/units}. */
  String value() default "";
}
