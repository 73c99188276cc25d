package dev.leaseport.adapters.rest.local;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Outside local mode, every route under {@value #PREFIX} is unknown: refused before route matching,
 * so no method or media type gets the 405 or 415 that would reveal the route exists. The request
 * then takes the unknown-route path (a {@link NotFoundException}, the same 404 problem).
 */
@Provider
@PreMatching
@Priority(10) // after RequestIdFilter, so the 404 carries the request id like any other
public class LocalOnlyRoutes implements ContainerRequestFilter {
  public static final String PREFIX = "/api/v1/dev";

  /** The API document's tag for these routes. */
  public static final String DOCUMENT_TAG = "Local mode";

  private static final List<String> PREFIX_SEGMENTS = List.of("api", "v1", "dev");

  @Inject LocalTokenIssuer issuer;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!issuer.isEnabled() && isLocalOnly(request.getUriInfo().getPathSegments(true))) {
      throw new NotFoundException();
    }
  }

  /** Decoded segments without matrix parameters or empty segments, so no spelling slips past. */
  static boolean isLocalOnly(List<PathSegment> segments) {
    List<String> names =
        segments.stream().map(PathSegment::getPath).filter(name -> !name.isEmpty()).toList();
    return names.size() >= PREFIX_SEGMENTS.size()
        && names.subList(0, PREFIX_SEGMENTS.size()).equals(PREFIX_SEGMENTS);
  }
}
