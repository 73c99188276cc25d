package dev.leaseport.adapters.rest.dashboard;

import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.dashboard.GetOwnerDashboard;
import dev.leaseport.domain.identity.UserType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/dashboard}: what an owner opens every morning; renters and admins are 403. */
@Path("/api/v1/dashboard")
@AllowedUserTypes(UserType.OWNER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard")
public class DashboardResource {
  @Inject AuthenticatedCaller caller;
  @Inject GetOwnerDashboard dashboard;

  @GET
  @Operation(
      summary = "The calling owner's dashboard",
      description =
          "For one day (asOf, today in UTC by default) and its calendar month, from one database"
              + " call: property and unit counts of the properties in use, units an ACTIVE lease"
              + " covers that day and the occupancy rate (occupied / units, four decimals, 0"
              + " without units); the monthly rent roll; the month's charges (charged, collected"
              + " net of refunds, outstanding; charged = collected + outstanding); OPEN charges"
              + " due before the day; open maintenance requests by priority; ACTIVE leases"
              + " ending within 30, 60 and 90 days (cumulative). Money is per currency, never"
              + " summed across currencies; a portfolio without money has empty lists.")
  public OwnerDashboardJson get(
      @QueryParam("asOf") @Parameter(description = "YYYY-MM-DD; today (UTC) when left out")
          String asOf) {
    return OwnerDashboardJson.of(dashboard.execute(caller.get(), AsOfParameter.parse(asOf)));
  }
}
