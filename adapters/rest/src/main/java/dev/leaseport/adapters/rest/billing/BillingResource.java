package dev.leaseport.adapters.rest.billing;

import dev.leaseport.adapters.rest.response.ListEnvelope;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.billing.GetMySubscription;
import dev.leaseport.application.billing.ListPlans;
import dev.leaseport.application.billing.OpenBillingPortal;
import dev.leaseport.application.billing.StartCheckout;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.ValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/billing}: owners only. Every route answers 503 {@code payments-not-configured}
 * where billing is not configured (no Stripe key, or no paid plans).
 */
@Path("/api/v1/billing")
@AllowedUserTypes(UserType.OWNER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Billing")
public class BillingResource {
  @Inject AuthenticatedCaller caller;
  @Inject ListPlans listPlans;
  @Inject GetMySubscription getSubscription;
  @Inject StartCheckout startCheckout;
  @Inject OpenBillingPortal openPortal;

  @GET
  @Path("plans")
  @Operation(summary = "List the plans", description = "The free plan first, then the paid plans.")
  public ListEnvelope<PlanJson> plans() {
    List<PlanJson> plans = listPlans.execute(caller.get()).stream().map(PlanJson::of).toList();
    return new ListEnvelope<>(plans, plans.size(), plans.size(), 0);
  }

  @GET
  @Path("subscription")
  @Operation(
      summary = "Read the caller's plan and subscription",
      description = "The free plan while the caller has no subscription.")
  public SubscriptionJson subscription() {
    return SubscriptionJson.of(getSubscription.execute(caller.get()));
  }

  @POST
  @Path("checkout-session")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start a Stripe Checkout for a paid plan",
      description =
          "Answers the Checkout URL. The subscription follows from Stripe's events. 409 when the"
              + " caller already has a live subscription (change it in the billing portal).")
  public SessionUrlJson checkoutSession(CheckoutSessionRequest request) {
    if (request == null || request.planId() == null || request.planId().isBlank()) {
      throw ValidationException.of("planId", "must not be blank");
    }
    return SessionUrlJson.of(startCheckout.execute(caller.get(), request.planId()));
  }

  @POST
  @Path("portal-session")
  @Operation(summary = "Open the Stripe billing portal", description = "Answers the portal URL.")
  public SessionUrlJson portalSession() {
    return SessionUrlJson.of(openPortal.execute(caller.get()));
  }
}
