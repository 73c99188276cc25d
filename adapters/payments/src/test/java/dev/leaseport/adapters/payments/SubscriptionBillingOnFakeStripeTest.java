package dev.leaseport.adapters.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.leaseport.domain.payment.CheckoutRequest;
import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.NewBillingCustomer;
import dev.leaseport.domain.shared.UnavailableException;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The owner's subscription flows through the real stripe-java client against a fake Stripe API:
 * what Leaseport sends for a customer, a Checkout Session and a billing-portal session.
 */
class SubscriptionBillingOnFakeStripeTest {
  private static WireMockServer stripe;
  private static StripeSubscriptionBilling billing;
  private final UUID owner = UUID.randomUUID();

  @BeforeAll
  static void startFakeStripe() {
    stripe = FakeStripe.start();
    billing = new StripeSubscriptionBilling(StripeClients.create(FakeStripe.settings(stripe)));
  }

  @AfterAll
  static void stopFakeStripe() {
    stripe.stop();
  }

  @BeforeEach
  void forgetRequests() {
    stripe.resetAll();
  }

  @Test
  void theCustomerIsTheOwnerByEmailUnderTheOwnersKey() {
    stripe.stubFor(post("/v1/customers").willReturn(okJson("{\"id\": \"cus_7\"}")));

    String id =
        billing.createCustomer(
            new NewBillingCustomer(owner, "owner@example.com"),
            IdempotencyKey.of("customer", owner));

    assertThat(id).isEqualTo("cus_7");
    stripe.verify(
        postRequestedFor(urlEqualTo("/v1/customers"))
            .withHeader("Idempotency-Key", equalTo("leaseport:customer:" + owner))
            .withRequestBody(containing("email=owner%40example.com")));
  }

  @Test
  void aCheckoutIsASubscriptionOfThePlansPriceForTheCustomerNamingTheOwner() {
    stripe.stubFor(
        post("/v1/checkout/sessions")
            .willReturn(
                okJson(
                    "{\"id\": \"cs_1\", \"object\": \"checkout.session\","
                        + " \"url\": \"https://checkout.stripe.test/c/cs_1\"}")));
    IdempotencyKey key = IdempotencyKey.forAttempt("checkout", owner, UUID.randomUUID());

    URI url =
        billing.startCheckout(
            new CheckoutRequest(
                owner,
                "cus_7",
                "price_pro",
                URI.create("https://app.example.test/billing?checkout=success"),
                URI.create("https://app.example.test/billing?checkout=canceled")),
            key);

    assertThat(url).hasToString("https://checkout.stripe.test/c/cs_1");
    stripe.verify(
        postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
            .withHeader("Idempotency-Key", equalTo(key.value()))
            .withRequestBody(containing("mode=subscription"))
            .withRequestBody(containing("customer=cus_7"))
            .withRequestBody(containing("line_items[0][price]=price_pro"))
            .withRequestBody(containing("line_items[0][quantity]=1"))
            .withRequestBody(containing("client_reference_id=" + owner))
            .withRequestBody(
                containing(
                    "success_url=https%3A%2F%2Fapp.example.test%2Fbilling%3Fcheckout%3Dsuccess")));
  }

  @Test
  void thePortalIsForTheCustomerAndReturnsToTheBillingPage() {
    stripe.stubFor(
        post("/v1/billing_portal/sessions")
            .willReturn(
                okJson(
                    "{\"id\": \"bps_1\", \"object\": \"billing_portal.session\","
                        + " \"url\": \"https://billing.stripe.test/p/bps_1\"}")));

    URI url =
        billing.openPortal(
            "cus_7",
            URI.create("https://app.example.test/billing"),
            IdempotencyKey.forAttempt("portal", owner, UUID.randomUUID()));

    assertThat(url).hasToString("https://billing.stripe.test/p/bps_1");
    stripe.verify(
        postRequestedFor(urlEqualTo("/v1/billing_portal/sessions"))
            .withRequestBody(containing("customer=cus_7"))
            .withRequestBody(containing("return_url=https%3A%2F%2Fapp.example.test%2Fbilling")));
  }

  @Test
  void aStripeOutageDuringCheckoutIsUnavailable() {
    stripe.stubFor(
        post("/v1/checkout/sessions")
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "application/json")
                    .withBody(FakeStripe.error("api_error", "internal"))));

    assertThatThrownBy(
            () ->
                billing.startCheckout(
                    new CheckoutRequest(
                        owner,
                        "cus_7",
                        "price_pro",
                        URI.create("https://app.example.test/s"),
                        URI.create("https://app.example.test/c")),
                    IdempotencyKey.forAttempt("checkout", owner, UUID.randomUUID())))
        .isInstanceOfSatisfying(
            UnavailableException.class, e -> assertThat(e.code()).isEqualTo("unavailable"));
  }
}
