package dev.leaseport.adapters.rest.portal;

import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.portal.GetTenantOverview;
import dev.leaseport.domain.identity.UserType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/tenant}: what a renter sees first; owners and admins are 403. */
@Path("/api/v1/tenant")
@AllowedUserTypes(UserType.TENANT)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant portal")
public class TenantOverviewResource {
  @Inject AuthenticatedCaller caller;
  @Inject GetTenantOverview overview;

  @GET
  @Path("overview")
  @Operation(
      summary = "The calling renter's overview",
      description =
          "Profile, the leases in force or waiting for signatures (unit, property, who signed and"
              + " whether the caller must), the unread notification count, open maintenance"
              + " requests, the OPEN charges (oldest due first, with totals per currency) and the"
              + " ten latest payments, from one database call. Sections are only ever added:"
              + " ignore keys you do not know.")
  public TenantOverviewJson get() {
    return TenantOverviewJson.of(overview.execute(caller.get()));
  }
}
