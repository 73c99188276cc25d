package dev.leaseport.adapters.rest.payment;

import dev.leaseport.adapters.rest.response.Created;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.payment.PayCharge;
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

/**
 * {@code POST /api/v1/charges/{id}/pay}: a tenant of the charge's lease pays its whole balance. A
 * resource of its own beside the charges' so each stays small; the longer path is matched first.
 */
@Path("/api/v1/charges/{id}/pay")
@AllowedUserTypes(UserType.TENANT)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class ChargePaymentResource {
  @Inject AuthenticatedCaller caller;
  @Inject PayCharge pay;

  @POST
  @Created("/api/v1/payments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Pay a charge's whole balance",
      description =
          "Starts a Stripe payment (card or US bank account) for the owner; confirm it in the"
              + " browser with the client secret. 404 for a charge of another lease; 409 when the"
              + " charge is not OPEN, a payment of it is PENDING or PROCESSING, or the owner cannot"
              + " take payments; 503 when payments are not configured.")
  @APIResponseSchema(value = PaymentStartedJson.class, responseCode = "201")
  public PaymentStartedJson pay(@PathParam("id") UUID id, PayChargeRequest body) {
    PayChargeRequest request = body == null ? PayChargeRequest.NONE : body;
    return PaymentStartedJson.of(pay.execute(caller.get(), id, request.method()));
  }
}
