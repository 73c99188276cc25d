package dev.leaseport.adapters.rest.security;

import dev.leaseport.domain.identity.UserType;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which user types may call a resource method (or every method of a class). Checked right after
 * authentication, so a wrong user type is 403 before the body is even read. The use case checks
 * again: this annotation states the contract at the edge, the use case enforces it everywhere.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AllowedUserTypes {
  UserType[] value();
}
