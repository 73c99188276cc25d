package dev.leaseport.adapters.rest.charge;

import dev.leaseport.adapters.rest.response.Created;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.charge.AddCharge;
import dev.leaseport.domain.identity.UserType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/leases/{id}/charges}: an owner adds an OTHER charge to their lease. */
@Path("/api/v1/leases/{id}/charges")
@AllowedUserTypes(UserType.OWNER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Charges")
public class LeaseChargesResource {
  @Inject AuthenticatedCaller caller;
  @Inject AddCharge add;

  @POST
  @Created(ChargesResource.PATH)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add an OTHER charge to a lease",
      description =
          "An ACTIVE, ENDED or TERMINATED lease (else 409 lease-state-conflict), in its currency;"
              + " the lease's renters are notified.")
  @APIResponseSchema(value = ChargeJson.class, responseCode = "201")
  public ChargeJson add(@PathParam("id") UUID leaseId, NewChargeRequest body) {
    return ChargeJson.of(add.execute(caller.get(), leaseId, body.toCommand()));
  }
}
