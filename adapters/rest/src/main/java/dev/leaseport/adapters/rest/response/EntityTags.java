package dev.leaseport.adapters.rest.response;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Every successful answer with one versioned resource carries {@code ETag: "<version>"}. */
@Provider
public class EntityTags implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getEntity() instanceof VersionedJson resource
        && response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
      response
          .getHeaders()
          .putSingle(HttpHeaders.ETAG, new EntityTag(Long.toString(resource.version())));
    }
  }
}
