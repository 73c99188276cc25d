package dev.leaseport.adapters.rest.paymentmethod;

import dev.leaseport.adapters.rest.response.ListEnvelope;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.paymentmethod.ListPaymentMethods;
import dev.leaseport.application.paymentmethod.MakePaymentMethodDefault;
import dev.leaseport.application.paymentmethod.RemovePaymentMethod;
import dev.leaseport.application.paymentmethod.StartPaymentMethodSetup;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.payment.StartedSetup;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/payment-methods}: a renter's saved methods; each renter sees only their own, and
 * another's id is 404. Saving and removing answer 503 {@code payments-not-configured} on a server
 * without Stripe.
 */
@Path("/api/v1/payment-methods")
@AllowedUserTypes(UserType.TENANT)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payment methods")
public class PaymentMethodsResource {
  @Inject AuthenticatedCaller caller;
  @Inject StartPaymentMethodSetup setup;
  @Inject ListPaymentMethods list;
  @Inject MakePaymentMethodDefault makeDefault;
  @Inject RemovePaymentMethod remove;

  @POST
  @Path("setup-intent")
  @Operation(
      summary = "Start saving a card or bank account",
      description =
          "A Stripe SetupIntent for off-session use (card, or US bank account verified"
              + " instantly); confirm it with Stripe.js. The method is listed once Stripe reports"
              + " setup_intent.succeeded; the renter's first method becomes the default.")
  public SetupIntentJson startSetup() {
    StartedSetup started = setup.execute(caller.get());
    return new SetupIntentJson(started.id(), started.clientSecret());
  }

  @GET
  @Operation(
      summary = "List the caller's saved payment methods",
      description = "The default first, then the newest.")
  public ListEnvelope<PaymentMethodJson> list(@BeanParam PaymentMethodListQuery query) {
    return ListEnvelope.of(list.execute(caller.get(), query.page()), PaymentMethodJson::of);
  }

  @POST
  @Path("{id}/default")
  @Operation(
      summary = "Make a saved method the default",
      description = "The previous default stops being it.")
  public PaymentMethodJson makeDefault(@PathParam("id") UUID id) {
    return PaymentMethodJson.of(makeDefault.execute(caller.get(), id));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Remove a saved method",
      description =
          "Detached at Stripe first, so it can never be charged again. When it was the default,"
              + " the newest remaining method becomes the default; autopay paying with it turns"
              + " off.")
  @APIResponse(responseCode = "204", description = "Removed")
  public void remove(@PathParam("id") UUID id) {
    remove.execute(caller.get(), id);
  }
}
