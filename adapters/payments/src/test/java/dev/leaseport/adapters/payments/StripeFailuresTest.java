package dev.leaseport.adapters.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.stripe.StripeClient;
import com.stripe.param.RefundCreateParams;
import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.NewBillingCustomer;
import dev.leaseport.domain.shared.PaymentDeclinedException;
import dev.leaseport.domain.shared.UnavailableException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each kind of Stripe failure, as the real client raises it, becomes its one domain error. */
class StripeFailuresTest {
  private static WireMockServer stripe;
  private static StripeSubscriptionBilling billing;

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
  void aDeclinedCardIsPaymentFailed() {
    answer(402, FakeStripe.error("card_error", "card_declined"));

    assertThatThrownBy(this::createCustomer)
        .isInstanceOf(PaymentDeclinedException.class)
        .hasMessageContaining("declined")
        .extracting("code")
        .isEqualTo("payment-failed");
  }

  @Test
  void aRateLimitIsUnavailableWithAShortRetryAfter() {
    answer(429, FakeStripe.error("invalid_request_error", "rate_limit"));

    assertUnavailable(StripeFailures.RATE_LIMIT_RETRY_AFTER_SECONDS);
  }

  @Test
  void aStripeServerErrorIsUnavailable() {
    answer(500, FakeStripe.error("api_error", "internal"));

    assertUnavailable(StripeFailures.OUTAGE_RETRY_AFTER_SECONDS);
  }

  @Test
  void aTimeoutIsUnavailable() {
    stripe.stubFor(
        post("/v1/customers")
            .willReturn(
                okJson("{\"id\": \"cus_1\"}")
                    .withFixedDelay((int) FakeStripe.READ_TIMEOUT.toMillis() * 3)));

    assertUnavailable(StripeFailures.OUTAGE_RETRY_AFTER_SECONDS);
  }

  @Test
  void anInvalidRequestIsLoggedAndUnavailableForTheClient() {
    answer(400, FakeStripe.error("invalid_request_error", "parameter_invalid"));

    assertUnavailable(StripeFailures.OUTAGE_RETRY_AFTER_SECONDS);
  }

  @Test
  void aRevokedKeyIsUnavailableForTheClient() {
    answer(401, FakeStripe.error("invalid_request_error", "api_key_expired"));

    assertUnavailable(StripeFailures.OUTAGE_RETRY_AFTER_SECONDS);
  }

  @Test
  void anAnswerTheClientCannotReadIsLoggedAndUnavailable() {
    // A refund without its "object" field: stripe-java's reader fails with a
    // NullPointerException of its own, not a StripeException.
    stripe.stubFor(post("/v1/refunds").willReturn(okJson("{\"id\": \"re_1\"}")));
    StripeClient client = StripeClients.create(FakeStripe.settings(stripe));

    assertThatThrownBy(
            () ->
                StripeFailures.call(
                    "refunding",
                    () ->
                        client
                            .v1()
                            .refunds()
                            .create(RefundCreateParams.builder().setPaymentIntent("pi_1").build())))
        .isInstanceOfSatisfying(
            UnavailableException.class,
            e ->
                assertThat(e.retryAfterSeconds())
                    .hasValue(StripeFailures.OUTAGE_RETRY_AFTER_SECONDS));
  }

  @Test
  void aFailureOfLeaseportsOwnCodeAroundTheCallIsNotDisguisedAsAnOutage() {
    assertThatThrownBy(
            () ->
                StripeFailures.call(
                    "a call that fails before reaching Stripe",
                    () -> {
                      throw new IllegalStateException("a bug of ours");
                    }))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aCustomerIsCreatedOnceItsKeyIsAccepted() {
    stripe.stubFor(post("/v1/customers").willReturn(okJson("{\"id\": \"cus_1\"}")));

    assertThat(createCustomer()).isEqualTo("cus_1");
  }

  private void answer(int status, String body) {
    stripe.stubFor(
        post("/v1/customers")
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  private void assertUnavailable(int retryAfter) {
    assertThatThrownBy(this::createCustomer)
        .isInstanceOfSatisfying(
            UnavailableException.class,
            e -> {
              assertThat(e.code()).isEqualTo("unavailable");
              assertThat(e.retryAfterSeconds()).hasValue(retryAfter);
            });
  }

  private String createCustomer() {
    UUID owner = UUID.randomUUID();
    return billing.createCustomer(
        new NewBillingCustomer(owner, "owner@example.com"),
        IdempotencyKey.of("billing-customer", owner));
  }
}
