package dev.leaseport.adapters.rest.security;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.application.identity.ProvisionCaller;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.shared.ForbiddenException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Every matched resource method requires a valid bearer token unless it is marked {@link
 * PublicEndpoint}. The verified caller gets a user row (provisioning) before any of its work runs,
 * and a caller of a user type the method does not allow ({@link AllowedUserTypes}) gets 403.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {
  private static final String PREFIX = "bearer ";
  @Context ResourceInfo resource;
  @Inject TokenVerifier verifier;
  @Inject ProvisionCaller provisioning;
  @Inject AuthenticatedCaller authenticated;

  @Override
  public void filter(ContainerRequestContext request) {
    if (isPublic()) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null
        || header.length() <= PREFIX.length()
        || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      throw ApiProblem.unauthenticated("A bearer token is required");
    }
    Caller caller = verifier.verify(header.substring(PREFIX.length()).strip());
    provisioning.execute(caller);
    authenticated.set(caller);
    requireAllowedUserType(caller);
  }

  private void requireAllowedUserType(Caller caller) {
    AllowedUserTypes allowed = resource.getResourceMethod().getAnnotation(AllowedUserTypes.class);
    if (allowed == null) {
      allowed = resource.getResourceClass().getAnnotation(AllowedUserTypes.class);
    }
    if (allowed != null && !Arrays.asList(allowed.value()).contains(caller.userType())) {
      throw ForbiddenException.wrongUserType(
          Arrays.stream(allowed.value()).map(Enum::name).collect(Collectors.joining(" or ")));
    }
  }

  private boolean isPublic() {
    return resource.getResourceMethod() != null
        && (resource.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)
            || resource.getResourceClass().isAnnotationPresent(PublicEndpoint.class));
  }
}
