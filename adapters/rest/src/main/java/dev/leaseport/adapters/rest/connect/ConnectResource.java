package dev.leaseport.adapters.rest.connect;

import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.connect.CreateOnboardingLink;
import dev.leaseport.application.connect.GetPayoutAccount;
import dev.leaseport.application.connect.OpenPayoutAccount;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.payment.OpenedPayoutAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/connect}: an owner's payout account (a Stripe Connect Express account). Every
 * route answers 503 {@code payments-not-configured} on a server without Stripe.
 */
@Path("/api/v1/connect")
@AllowedUserTypes(UserType.OWNER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Connect")
public class ConnectResource {
  @Inject AuthenticatedCaller caller;
  @Inject OpenPayoutAccount open;
  @Inject GetPayoutAccount get;
  @Inject CreateOnboardingLink onboardingLink;
  @Context UriInfo uri;

  @POST
  @Path("account")
  @Operation(
      summary = "Open the caller's payout account",
      description =
          "Once per owner: 201 when this call opened it, 200 with the same account after.")
  @APIResponseSchema(value = PayoutAccountJson.class, responseCode = "201")
  @APIResponse(responseCode = "200", description = "The account was already open")
  public Response openAccount() {
    OpenedPayoutAccount result = open.execute(caller.get());
    PayoutAccountJson body = PayoutAccountJson.of(result.account());
    return result.opened()
        ? Response.created(uri.getAbsolutePath()).entity(body).build()
        : Response.ok(body).build();
  }

  @GET
  @Path("account")
  @Operation(summary = "Read the caller's payout account", description = "404 until it is open.")
  public PayoutAccountJson account() {
    return PayoutAccountJson.of(get.execute(caller.get()));
  }

  @POST
  @Path("onboarding-link")
  @Operation(
      summary = "Get a link into Stripe's onboarding",
      description = "A new single-use link each time; 409 before the account is open.")
  public OnboardingLinkJson onboardingLink() {
    return new OnboardingLinkJson(onboardingLink.execute(caller.get()).toString());
  }
}
