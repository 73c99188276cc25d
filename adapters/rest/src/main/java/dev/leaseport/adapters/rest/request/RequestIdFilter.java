package dev.leaseport.adapters.rest.request;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/** Gives every request an id (or keeps the caller's {@code X-Request-Id}) and echoes it back. */
@Provider
@PreMatching
@Priority(1)
public class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {
  public static final String HEADER = "X-Request-Id";
  @Inject RequestIdentity identity;

  @Override
  public void filter(ContainerRequestContext request) {
    identity.begin(
        request.getHeaderString(HEADER),
        "/" + request.getUriInfo().getPath(false).replaceFirst("^/", ""));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle(HEADER, identity.id());
  }
}
