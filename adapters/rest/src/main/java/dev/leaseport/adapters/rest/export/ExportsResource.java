package dev.leaseport.adapters.rest.export;

import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.export.ExportPayments;
import dev.leaseport.application.export.ExportRentRoll;
import dev.leaseport.domain.export.PaymentPeriod;
import dev.leaseport.domain.identity.UserType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/exports}: the owner's CSV files. Parameters and the caller are checked before the
 * answer starts (problem+json); the database call runs while the body is written, so the file
 * streams from the cursor whatever its size.
 */
@Path("/api/v1/exports")
@AllowedUserTypes(UserType.OWNER)
@RequestScoped
@Produces(ExportsResource.TEXT_CSV)
@Tag(name = "Exports")
public class ExportsResource {
  static final String TEXT_CSV = "text/csv; charset=utf-8";

  @Inject AuthenticatedCaller caller;
  @Inject ExportRentRoll rentRoll;
  @Inject ExportPayments payments;

  @GET
  @Path("rent-roll.csv")
  @Operation(
      summary = "The rent roll as CSV",
      description =
          "One line per unit of the owner: property, unit and status, the unit's active lease"
              + " (dates, primary tenant), rent, deposit and the balance of its OPEN charges due"
              + " by asOf, as decimals in the currency's minor-unit precision with a currency"
              + " column. RFC 4180, UTF-8, streamed.")
  public Response rentRoll(
      @QueryParam("asOf") @Parameter(description = "The roll's date, YYYY-MM-DD; today (UTC)")
          String asOf) {
    LocalDate day =
        Optional.ofNullable(ExportDates.parse("asOf", asOf))
            .orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
    return attachment(
        "rent-roll-" + day + ".csv", RentRollCsv.TABLE.of(rentRoll.execute(caller.get(), day)));
  }

  @GET
  @Path("payments.csv")
  @Operation(
      summary = "The payments of a period as CSV",
      description =
          "One line per payment started from `from` to `to` (UTC days, both included, at most"
              + " 366), oldest first, in any status: property, unit, payer, charge, status,"
              + " amount, refunded, disputed and platform fee as decimals in the currency's"
              + " minor-unit precision with a currency column, and Stripe's PaymentIntent id."
              + " RFC 4180, UTF-8, streamed.")
  public Response payments(
      @QueryParam("from") @Parameter(description = "First day, YYYY-MM-DD", required = true)
          String from,
      @QueryParam("to") @Parameter(description = "Last day, YYYY-MM-DD", required = true)
          String to) {
    PaymentPeriod period =
        new PaymentPeriod(ExportDates.parse("from", from), ExportDates.parse("to", to));
    return attachment(
        "payments-" + period.from() + "-to-" + period.to() + ".csv",
        PaymentsCsv.TABLE.of(payments.execute(caller.get(), period)));
  }

  private static Response attachment(String filename, StreamingOutput body) {
    return Response.ok(body, TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
        .build();
  }
}
