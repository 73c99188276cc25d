package dev.leaseport.bootstrap.openapi;

import dev.leaseport.adapters.rest.openapi.ApiDocumentConventions;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The one {@code mp.openapi.filter} Liberty accepts: first the conventions every operation shares,
 * then, outside local mode, the local-only routes are taken out.
 */
public class ApiDocumentFilter implements OASFilter {
  private final List<OASFilter> steps =
      List.of(new ApiDocumentConventions(), new LocalOnlyRoutesDocumentFilter());

  @Override
  public void filterOpenAPI(OpenAPI document) {
    steps.forEach(step -> step.filterOpenAPI(document));
  }
}
