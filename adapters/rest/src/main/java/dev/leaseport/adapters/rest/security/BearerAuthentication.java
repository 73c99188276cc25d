package dev.leaseport.adapters.rest.security;

import dev.leaseport.adapters.rest.problem.ApiProblem;
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
import java.util.Set;

/**
 * Every matched resource method requires a valid bearer token unless it is marked {@link
 * PublicEndpoint}. The verified caller's user row is created or brought up to date inside the
 * request's own database transaction (the user tier), not here. A caller of a user type the method
 * does not allow ({@link AllowedUserTypes}) gets 403. A method that declares neither is refused to
 * everyone (403), token or not: deny by default.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {
  private static final String PREFIX = "bearer ";
  @Context ResourceInfo resource;
  @Inject TokenVerifier verifier;
  @Inject AuthenticatedCaller authenticated;

  @Override
  public void filter(ContainerRequestContext request) {
    EndpointAccess access =
        resource.getResourceMethod() == null
            ? new EndpointAccess(false, Set.of())
            : EndpointAccess.of(resource.getResourceMethod(), resource.getResourceClass());
    if (!access.isDeclared()) {
      throw new ForbiddenException("forbidden", "This endpoint is not open to any caller");
    }
    if (access.isPublic()) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null
        || header.length() <= PREFIX.length()
        || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      throw ApiProblem.unauthenticated("A bearer token is required");
    }
    Caller caller = verifier.verify(header.substring(PREFIX.length()).strip());
    authenticated.set(caller);
    if (!access.allows(caller.userType())) {
      throw ForbiddenException.wrongUserType(access.describe().replace(", ", " or "));
    }
  }
}
