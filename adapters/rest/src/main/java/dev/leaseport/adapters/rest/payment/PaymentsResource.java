package dev.leaseport.adapters.rest.payment;

import dev.leaseport.adapters.rest.response.ListEnvelope;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.payment.GetPayment;
import dev.leaseport.application.payment.ListPayments;
import dev.leaseport.application.payment.RefundPayment;
import dev.leaseport.domain.identity.UserType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/payments}: the owner reads the payments of their charges and refunds them; a
 * renter reads the payments they made and those of their leases (row-level security decides).
 */
@Path("/api/v1/payments")
@AllowedUserTypes({UserType.OWNER, UserType.TENANT})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class PaymentsResource {
  @Inject AuthenticatedCaller caller;
  @Inject ListPayments list;
  @Inject GetPayment get;
  @Inject RefundPayment refund;

  @GET
  @Operation(
      summary = "List the payments the caller may see",
      description =
          "Filters chargeId, leaseId, status; sort: createdAt (default -createdAt), amount.")
  public ListEnvelope<PaymentJson> list(@BeanParam PaymentListQuery query) {
    return ListEnvelope.of(
        list.execute(caller.get(), query.filter(), query.sort(), query.page()), PaymentJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read one payment")
  public PaymentJson get(@PathParam("id") UUID id) {
    return PaymentJson.of(get.execute(caller.get(), id));
  }

  @POST
  @Path("{id}/refunds")
  @AllowedUserTypes(UserType.OWNER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Refund a succeeded payment, fully or in part",
      description =
          "Never more than remains (422). The transfer to the owner is reversed and the platform"
              + " fee returned in proportion; the refunded amounts follow Stripe's charge.refunded.")
  public PaymentJson refund(@PathParam("id") UUID id, RefundRequest body) {
    return PaymentJson.of(refund.execute(caller.get(), id, body.money(), body.requiredReason()));
  }
}
