package dev.leaseport.adapters.rest.admin;

import dev.leaseport.adapters.rest.request.JsonRecords;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.autopay.RunAutopayNow;
import dev.leaseport.domain.identity.UserType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/admin/autopay/run}: autopay now, as the schedule runs it every minute on
 * every server. Safe to repeat: each charge is charged once, and a declined one not again that day.
 */
@Path("/api/v1/admin/autopay")
@AllowedUserTypes(UserType.ADMIN)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class AdminAutopayResource {
  @Inject AuthenticatedCaller caller;
  @Inject RunAutopayNow run;

  @POST
  @Path("run")
  @Operation(
      summary = "Run autopay for a date",
      description =
          "For today (UTC) unless asOf names an earlier date: pays every due open charge of the"
              + " leases with autopay on, off-session with the renter's saved method.")
  @RequestBody(
      required = false,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RunJobRequest.class)))
  public AutopayRunJson run(String body) {
    RunJobRequest request =
        body == null || body.isBlank()
            ? RunJobRequest.EMPTY
            : JsonRecords.read(RunJobRequest.class, body);
    return AutopayRunJson.of(run.execute(caller.get(), request.date()));
  }
}
