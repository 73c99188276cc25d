package dev.leaseport.adapters.rest.response;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;

/** Turns the 200 of a {@link Created} method into 201 with the new resource's Location. */
@Provider
public class CreatedResponses implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Created created =
        resource.getResourceMethod() == null
            ? null
            : resource.getResourceMethod().getAnnotation(Created.class);
    if (created != null) {
      context.register(new Location(created.value()));
    }
  }

  private record Location(String collection) implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getStatus() != Response.Status.OK.getStatusCode()
          || !(response.getEntity() instanceof VersionedJson resource)) {
        return;
      }
      UriBuilder location =
          collection.isEmpty()
              ? request.getUriInfo().getAbsolutePathBuilder()
              : request.getUriInfo().getBaseUriBuilder().path(collection);
      response.setStatus(Response.Status.CREATED.getStatusCode());
      response
          .getHeaders()
          .putSingle(HttpHeaders.LOCATION, location.path(resource.id().toString()).build());
    }
  }
}
