package dev.leaseport.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.leaseport.domain.testdata.StripeEventTestData.CONNECT_SECRET;
import static dev.leaseport.domain.testdata.StripeEventTestData.PLATFORM_SECRET;
import static dev.leaseport.domain.testdata.StripeEventTestData.eventId;
import static dev.leaseport.domain.testdata.StripeEventTestData.signature;
import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.leaseport.domain.testdata.StripeEventTestData;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Autopay over HTTP: a renter's active lease with autopay on and a due rent charge; an admin runs
 * autopay and Stripe (the fake) is asked once to charge the saved card off-session, however often
 * autopay runs; a declined card is told to the renter and the owner once and not tried again that
 * day.
 */
@ExtendWith(ArquillianExtension.class)
class AutopayIT {
  private static final String RUN = "/api/v1/admin/autopay/run";
  private final WireMockServer stripe = FakeStripeApi.get();
  private final String today = LocalDate.now(ZoneOffset.UTC).toString();
  private String admin;
  private String owner;
  private String renter;
  private String customer;
  private String lease;

  @BeforeEach
  void anActiveLeaseWithAutopayOnAndADueRentCharge() {
    admin = Api.newUser("ADMIN");
    owner = Api.newUser("OWNER");
    renter = Api.newUser("TENANT");
    String account = ConnectApiIT.openAccount(owner);
    String updated =
        StripeEventTestData.accountUpdated(eventId(), account, Instant.now(), true, true, true);
    StripeWebhooksIT.deliver(
            "/api/v1/webhooks/stripe/connect", updated, signature(updated, CONNECT_SECRET))
        .then()
        .statusCode(200);

    lease = PaymentMethodsApiIT.sentLeaseTo(owner, renter);
    as(owner).post("/api/v1/leases/" + lease + "/sign").then().statusCode(200);
    as(renter).post("/api/v1/leases/" + lease + "/sign").then().statusCode(200);

    String renterId = as(renter).get("/api/v1/me").path("id");
    customer = "cus_" + renterId.replace("-", "");
    stripe.stubFor(
        post("/v1/customers")
            .withRequestBody(containing(renterId))
            .willReturn(okJson("{\"id\": \"" + customer + "\", \"object\": \"customer\"}")));
    stripe.stubFor(
        post("/v1/setup_intents")
            .withRequestBody(containing("customer=" + customer))
            .willReturn(okJson("{\"id\": \"seti_a\", \"client_secret\": \"seti_a_secret\"}")));
    as(renter).post("/api/v1/payment-methods/setup-intent").then().statusCode(200);
  }

  @Test
  void dueRentIsChargedOnceOffSessionWithTheSavedCardHoweverOftenAutopayRuns() {
    String card = saveCardAndTurnAutopayOn("pm_ok" + shortId());
    dueRentCharge();
    stripe.stubFor(
        post("/v1/payment_intents")
            .withRequestBody(containing("customer=" + customer))
            .willReturn(
                okJson(
                    "{\"id\": \"pi_"
                        + shortId()
                        + "\", \"object\": \"payment_intent\","
                        + " \"client_secret\": \"pi_secret\", \"status\": \"processing\"}")));

    Response first = as(admin).body(Map.of("asOf", today)).post(RUN);
    Response again = as(admin).body(Map.of("asOf", today)).post(RUN);

    assertThat(first.statusCode()).as(first.asString()).isEqualTo(200);
    assertThat(first.<Integer>path("submitted")).isGreaterThanOrEqualTo(1);
    assertThat(again.statusCode()).isEqualTo(200);
    var charged =
        stripe.findAll(
            postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withRequestBody(containing("customer=" + customer)));
    assertThat(charged).hasSize(1);
    String body = charged.get(0).getBodyAsString();
    assertThat(body).contains("off_session=true", "confirm=true", "amount=150000");
    assertThat(body).contains("payment_method=" + card);
    assertThat(charged.get(0).getHeader("Idempotency-Key")).startsWith("leaseport:rent-payment:");
  }

  @Test
  void aDeclinedCardIsToldToTheRenterAndTheOwnerOnceAndNotTriedAgainToday() {
    saveCardAndTurnAutopayOn("pm_no" + shortId());
    dueRentCharge();
    stripe.stubFor(
        post("/v1/payment_intents")
            .withRequestBody(containing("customer=" + customer))
            .willReturn(
                aResponse()
                    .withStatus(402)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\": {\"type\": \"card_error\", \"code\": \"card_declined\","
                            + " \"decline_code\": \"insufficient_funds\","
                            + " \"message\": \"Your card has insufficient funds.\"}}")));

    as(admin).body(Map.of("asOf", today)).post(RUN).then().statusCode(200);
    as(admin).body(Map.of("asOf", today)).post(RUN).then().statusCode(200);

    assertThat(
            stripe.findAll(
                postRequestedFor(urlEqualTo("/v1/payment_intents"))
                    .withRequestBody(containing("customer=" + customer))))
        .hasSize(1);
    assertThat(failedPaymentNotifications(renter)).isEqualTo(1);
    assertThat(failedPaymentNotifications(owner)).isEqualTo(1);
  }

  @Test
  void onlyAdminsRunAutopayAndNotForAFutureDate() {
    assertProblem(as(owner).post(RUN), 403, "forbidden");
    assertProblem(as(renter).post(RUN), 403, "forbidden");
    assertProblem(
        as(admin)
            .body(Map.of("asOf", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString()))
            .post(RUN),
        422,
        "validation-failed");
    assertProblem(as(admin).body(Map.of("asOf", "tomorrow")).post(RUN), 422, "validation-failed");
  }

  private String saveCardAndTurnAutopayOn(String pm) {
    stripe.stubFor(
        get("/v1/payment_methods/" + pm)
            .willReturn(
                okJson(
                    """
                    {"id": "%s", "object": "payment_method", "type": "card", "customer": "%s",
                     "card": {"brand": "visa", "last4": "0341", "exp_month": 1, "exp_year": 2032}}"""
                        .formatted(pm, customer))));
    String event =
        StripeEventTestData.event(
            eventId(),
            "setup_intent.succeeded",
            null,
            Instant.now(),
            "{\"id\": \"seti_"
                + shortId()
                + "\", \"object\": \"setup_intent\", \"customer\": \""
                + customer
                + "\", \"payment_method\": \""
                + pm
                + "\"}");
    StripeWebhooksIT.deliver("/api/v1/webhooks/stripe", event, signature(event, PLATFORM_SECRET))
        .then()
        .statusCode(200);
    String card = as(renter).get("/api/v1/payment-methods").path("data[0].id");
    as(renter)
        .body(Map.of("enabled", true, "paymentMethodId", card))
        .put("/api/v1/leases/" + lease + "/autopay")
        .then()
        .statusCode(200);
    return pm;
  }

  /** A RENT charge of the lease due yesterday (the charge jobs are not part of this test). */
  private void dueRentCharge() {
    LocalDate due = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    ItDatabase.execute(
        "insert into leaseport.charges (owner_id, lease_id, currency, kind, period_start,"
            + " period_end, description, amount, due_date)"
            + " select owner_id, id, currency, 'RENT', ?, ?, 'Rent', 150000, ? from"
            + " leaseport.leases where id = ?::uuid",
        due,
        due.plusMonths(1).minusDays(1),
        due,
        lease);
  }

  private static long failedPaymentNotifications(String token) {
    List<String> types =
        as(token).get("/api/v1/notifications?limit=100").jsonPath().getList("data.type");
    return types.stream().filter("PAYMENT_FAILED"::equals).count();
  }

  private static String shortId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }
}
