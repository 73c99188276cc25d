package dev.leaseport.adapters.rest.request;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.util.Arrays;

/**
 * At deployment, checks the body record of every resource method with {@link
 * JsonRecords#requireReadable}: a record the strict reader cannot fill stops the deployment rather
 * than answering 500 to its first caller.
 */
@Provider
public class RequestRecordCheck implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (resource.getResourceMethod() == null) {
      return;
    }
    Arrays.stream(resource.getResourceMethod().getParameters())
        .filter(RequestRecordCheck::isBody)
        .forEach(body -> JsonRecords.requireReadable(body.getType()));
  }

  /** The entity parameter: a record that no JAX-RS annotation binds to something else. */
  private static boolean isBody(Parameter parameter) {
    return parameter.getType().isRecord()
        && Arrays.stream(parameter.getAnnotations())
            .map(Annotation::annotationType)
            .noneMatch(type -> type.getPackageName().equals("jakarta.ws.rs"));
  }
}
