package dev.leaseport.adapters.rest.analytics;

import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.analytics.GetExpiringLeases;
import dev.leaseport.application.analytics.GetMaintenanceReport;
import dev.leaseport.application.analytics.GetOccupancyReport;
import dev.leaseport.application.analytics.GetRevenueReport;
import dev.leaseport.domain.identity.UserType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/analytics}: the owner's reports, each from one database call under the caller's
 * row-level security; tenants and admins are 403. Money is a list per currency, in minor units.
 */
@Path("/api/v1/analytics")
@AllowedUserTypes(UserType.OWNER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics")
public class AnalyticsResource {
  private static final String AS_OF = "The day today means, YYYY-MM-DD; default the UTC date";

  @Inject AuthenticatedCaller caller;
  @Inject GetRevenueReport revenue;
  @Inject GetOccupancyReport occupancy;
  @Inject GetMaintenanceReport maintenance;
  @Inject GetExpiringLeases expiringLeases;

  @GET
  @Path("revenue")
  @Operation(
      summary = "Revenue per month and currency",
      description =
          "Every UTC month from from to to (YYYY-MM, both included, at most 36; default the 12"
              + " months up to this one), each with one entry per currency the owner has: charged,"
              + " collected, refunded (in the month of the refund), platformFees, expenses and"
              + " net = collected - refunded - platformFees - expenses; totals per currency.")
  public JsonObject revenue(
      @QueryParam("from") @Parameter(description = "YYYY-MM") String from,
      @QueryParam("to") @Parameter(description = "YYYY-MM") String to) {
    return ReportJson.of(revenue.execute(caller.get(), ReportParameters.months(from, to)));
  }

  @GET
  @Path("occupancy")
  @Operation(
      summary = "Month-end occupancy",
      description =
          "For each of the last months (1..36, default 12) up to asOf's: the units that existed"
              + " and the units an ACTIVE, ENDED or TERMINATED lease covered on the month's last"
              + " day (asOf itself for its month), and the rate.")
  public JsonObject occupancy(
      @QueryParam("months") @Parameter(description = "1..36, default 12") String months,
      @QueryParam("asOf") @Parameter(description = AS_OF) String asOf) {
    return ReportJson.of(
        occupancy.execute(
            caller.get(), ReportParameters.occupancyMonths(months), ReportParameters.asOf(asOf)));
  }

  @GET
  @Path("maintenance")
  @Operation(
      summary = "Maintenance counts, time to complete and cost",
      description =
          "Counts by status, category and priority (every value, 0 when none), the mean days"
              + " from filing to completion (null when none is completed), actual cost per"
              + " currency.")
  public JsonObject maintenance() {
    return ReportJson.of(maintenance.execute(caller.get()));
  }

  @GET
  @Path("expiring-leases")
  @Operation(
      summary = "ACTIVE leases ending soon",
      description =
          "The ACTIVE leases whose end date is from asOf to asOf + withinDays (1..365, default"
              + " 90), soonest first: a page (limit, offset) with the true total.")
  public JsonObject expiringLeases(
      @QueryParam("withinDays") @Parameter(description = "1..365, default 90") String withinDays,
      @QueryParam("limit") @Parameter(description = "1..100, default 20") String limit,
      @QueryParam("offset") @Parameter(description = "0..1000000, default 0") String offset,
      @QueryParam("asOf") @Parameter(description = AS_OF) String asOf) {
    return ReportJson.of(
        expiringLeases.execute(
            caller.get(),
            ReportParameters.withinDays(withinDays),
            ListParameters.page(limit, offset),
            ReportParameters.asOf(asOf)));
  }
}
