package dev.leaseport.adapters.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.leaseport.domain.payment.PaymentStatus;
import dev.leaseport.domain.payment.RefundReason;
import dev.leaseport.domain.payment.RentPaymentRequest;
import dev.leaseport.domain.payment.RentRefundRequest;
import dev.leaseport.domain.payment.StartedRentPayment;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.PaymentDeclinedException;
import dev.leaseport.domain.shared.UnavailableException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rent payments through the real stripe-java client against a fake Stripe. */
class StripeRentPaymentsTest {
  private static final String INTENTS = "/v1/payment_intents";
  private static WireMockServer stripe;
  private static StripeRentPayments payments;

  @BeforeAll
  static void startFakeStripe() {
    stripe = FakeStripe.start();
    payments = new StripeRentPayments(StripeClients.create(FakeStripe.settings(stripe)));
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
  void startsADestinationChargeToTheOwnersAccountWithTheFeeAndTheRowsKey() {
    stripe.stubFor(post(INTENTS).willReturn(okJson(intent("pi_1", "requires_payment_method"))));
    RentPaymentRequest request = request(Optional.empty(), Optional.empty());

    StartedRentPayment started = payments.start(request);

    assertThat(started.intentId()).isEqualTo("pi_1");
    assertThat(started.clientSecret()).isEqualTo("pi_1_secret_x");
    assertThat(started.status()).isEqualTo(PaymentStatus.PENDING);
    LoggedRequest sent = onlyRequest(INTENTS);
    assertThat(sent.getHeader("Idempotency-Key"))
        .isEqualTo("leaseport:rent-payment:" + request.paymentId());
    assertThat(form(sent))
        .contains(
            "amount=150000",
            "currency=usd",
            "payment_method_types[0]=card",
            "payment_method_types[1]=us_bank_account",
            "transfer_data[destination]=acct_owner",
            "on_behalf_of=acct_owner",
            "application_fee_amount=1500",
            "payment_method_options[us_bank_account][verification_method]=instant",
            "metadata[leaseport_payment_id]=" + request.paymentId(),
            "metadata[leaseport_charge_id]=" + request.chargeId(),
            "metadata[leaseport_lease_id]=" + request.leaseId(),
            "metadata[leaseport_owner_id]=" + request.ownerId())
        .noneMatch(p -> p.startsWith("confirm=") || p.startsWith("customer="));
  }

  @Test
  void aSavedMethodIsChargedWithItsCustomer() {
    stripe.stubFor(post(INTENTS).willReturn(okJson(intent("pi_2", "requires_confirmation"))));

    payments.start(request(Optional.of("cus_1"), Optional.of("pm_1")));

    assertThat(form(onlyRequest(INTENTS))).contains("customer=cus_1", "payment_method=pm_1");
  }

  @Test
  void anOffSessionChargeIsConfirmedAtOnceAndABankDebitIsProcessing() {
    stripe.stubFor(post(INTENTS).willReturn(okJson(intent("pi_3", "processing"))));

    StartedRentPayment started =
        payments.chargeSaved(request(Optional.of("cus_1"), Optional.of("pm_bank")));

    assertThat(started.status()).isEqualTo(PaymentStatus.PROCESSING);
    assertThat(form(onlyRequest(INTENTS)))
        .contains(
            "confirm=true",
            "off_session=true",
            "customer=cus_1",
            "payment_method=pm_bank",
            "transfer_data[destination]=acct_owner");
  }

  @Test
  void anOffSessionChargeNeedsASavedMethod() {
    assertThatThrownBy(() -> payments.chargeSaved(request(Optional.empty(), Optional.empty())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(stripe.getAllServeEvents()).isEmpty();
  }

  @Test
  void aDeclinedCardIsPaymentFailed() {
    stripe.stubFor(post(INTENTS).willReturn(status(402, declined())));

    assertThatThrownBy(() -> payments.chargeSaved(request(Optional.of("c"), Optional.of("pm"))))
        .isInstanceOf(PaymentDeclinedException.class)
        .hasMessageContaining("insufficient_funds")
        .extracting("code")
        .isEqualTo("payment-failed");
  }

  @Test
  void aRateLimitIsUnavailable() {
    stripe.stubFor(
        post(INTENTS)
            .willReturn(status(429, FakeStripe.error("invalid_request_error", "rate_limit"))));

    assertUnavailable(StripeFailures.RATE_LIMIT_RETRY_AFTER_SECONDS);
  }

  @Test
  void aStripeOutageIsUnavailableAndTheRetrySendsTheSameKey() {
    stripe.stubFor(post(INTENTS).willReturn(status(503, FakeStripe.error("api_error", "down"))));
    RentPaymentRequest request = request(Optional.empty(), Optional.empty());

    assertThatThrownBy(() -> payments.start(request)).isInstanceOf(UnavailableException.class);

    List<LoggedRequest> sent = stripe.findAll(postRequestedFor(urlEqualTo(INTENTS)));
    assertThat(sent)
        .hasSize(2)
        .allSatisfy(
            r ->
                assertThat(r.getHeader("Idempotency-Key"))
                    .isEqualTo("leaseport:rent-payment:" + request.paymentId()));
  }

  @Test
  void aTimeoutIsUnavailable() {
    stripe.stubFor(
        post(INTENTS)
            .willReturn(
                okJson(intent("pi_slow", "requires_payment_method"))
                    .withFixedDelay((int) FakeStripe.READ_TIMEOUT.toMillis() * 3)));

    assertUnavailable(StripeFailures.OUTAGE_RETRY_AFTER_SECONDS);
  }

  @Test
  void aRefundReversesTheTransferAndReturnsTheFeeInProportion() {
    stripe.stubFor(
        post("/v1/refunds").willReturn(okJson("{\"id\": \"re_1\", \"object\": \"refund\"}")));
    UUID refundId = UUID.randomUUID();
    UUID paymentId = UUID.randomUUID();

    String refund =
        payments.refund(
            new RentRefundRequest(
                refundId,
                paymentId,
                "pi_1",
                new Money(50000, "usd"),
                RefundReason.REQUESTED_BY_CUSTOMER));

    assertThat(refund).isEqualTo("re_1");
    LoggedRequest sent = onlyRequest("/v1/refunds");
    assertThat(sent.getHeader("Idempotency-Key")).isEqualTo("leaseport:rent-refund:" + refundId);
    assertThat(form(sent))
        .contains(
            "payment_intent=pi_1",
            "amount=50000",
            "reason=requested_by_customer",
            "reverse_transfer=true",
            "refund_application_fee=true",
            "metadata[leaseport_payment_id]=" + paymentId,
            "metadata[leaseport_refund_id]=" + refundId);
  }

  @Test
  void stripesStatusesMapToLeaseportsOwn() {
    assertThat(StripeRentPayments.statusOf("requires_action")).isEqualTo(PaymentStatus.PENDING);
    assertThat(StripeRentPayments.statusOf("processing")).isEqualTo(PaymentStatus.PROCESSING);
    assertThat(StripeRentPayments.statusOf("succeeded")).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(StripeRentPayments.statusOf("canceled")).isEqualTo(PaymentStatus.CANCELED);
  }

  private void assertUnavailable(int retryAfter) {
    assertThatThrownBy(() -> payments.start(request(Optional.empty(), Optional.empty())))
        .isInstanceOfSatisfying(
            UnavailableException.class,
            e -> assertThat(e.retryAfterSeconds()).hasValue(retryAfter));
  }

  private static RentPaymentRequest request(
      Optional<String> customer, Optional<String> paymentMethod) {
    return new RentPaymentRequest(
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        new Money(150000, "usd"),
        new Money(1500, "usd"),
        "acct_owner",
        customer,
        paymentMethod);
  }

  private static String intent(String id, String status) {
    return """
        {"id": "%s", "object": "payment_intent", "client_secret": "%s_secret_x",
         "status": "%s", "amount": 150000, "currency": "usd"}"""
        .formatted(id, id, status);
  }

  private static String declined() {
    return """
        {"error": {"type": "card_error", "code": "card_declined",
         "decline_code": "insufficient_funds", "message": "Your card has insufficient funds."}}""";
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder status(
      int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private static LoggedRequest onlyRequest(String path) {
    List<LoggedRequest> sent = stripe.findAll(postRequestedFor(urlEqualTo(path)));
    assertThat(sent).hasSize(1);
    return sent.get(0);
  }

  /** The form fields as {@code name=value}, decoded. */
  private static List<String> form(LoggedRequest request) {
    return List.of(request.getBodyAsString().split("&")).stream()
        .map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8))
        .toList();
  }
}
