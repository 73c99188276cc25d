package dev.leaseport.adapters.rest.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * Says at deployment, once per resource method, when a method declares no callers: {@link
 * BearerAuthentication} refuses it to everyone, and an operator should learn that from the start-up
 * log rather than from a user's 403. The rest of the API stays up. Only the application's resource
 * methods count, those with a request method designator ({@code @GET}...): a runtime may add
 * handlers of its own (Jersey answers {@code OPTIONS} that way), which stay refused but are not the
 * application's to declare.
 */
@Provider
public class UndeclaredEndpointAlarm implements DynamicFeature {
  private static final Logger LOG = Logger.getLogger(UndeclaredEndpointAlarm.class.getName());

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (resource.getResourceMethod() == null
        || !hasRequestMethodDesignator(resource.getResourceMethod())) {
      return;
    }
    if (!EndpointAccess.of(resource.getResourceMethod(), resource.getResourceClass())
        .isDeclared()) {
      LOG.severe(
          () ->
              resource.getResourceClass().getName()
                  + "#"
                  + resource.getResourceMethod().getName()
                  + " declares neither @AllowedUserTypes nor @PublicEndpoint: every call is"
                  + " refused with 403");
    }
  }

  private static boolean hasRequestMethodDesignator(Method method) {
    return Arrays.stream(method.getAnnotations())
        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
  }
}
