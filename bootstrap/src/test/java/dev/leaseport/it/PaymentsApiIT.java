package dev.leaseport.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.leaseport.domain.testdata.StripeEventTestData;
import io.restassured.response.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Paying rent over HTTP: a lease made through the API, its rent charged by the daily job (run by an
 * admin), the renter paying through the fake Stripe, Stripe's signed events settling it, and the
 * owner refunding part of it. The IT server takes a 2.5 % platform fee.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentsApiIT {
  private static final long RENT = 120_000;
  private static final String PLATFORM = "/api/v1/webhooks/stripe";
  private static final String CONNECT = "/api/v1/webhooks/stripe/connect";

  private String owner;
  private String renter;
  private String lease;
  private String account;
  private LocalDate start;

  /** An ACTIVE lease from the 1st of a past month of its own (a job runs once per date). */
  @BeforeEach
  void anActiveLeaseOfAnOwnerWithAPayoutAccount() {
    owner = Api.newUser("OWNER");
    String unit = Api.createUnit(owner, Api.createProperty(owner, "Oak Court"), "2B", RENT);
    String renterEmail = ItDatabase.newEmail("payer");
    String tenant = Api.createTenant(owner, "Rui", "Sousa", renterEmail);
    renter = Api.token("TENANT", renterEmail);
    Api.inviteAndAccept(owner, tenant, unit, renter);
    start = LocalDate.of(1981, 1, 1).plusMonths(ThreadLocalRandom.current().nextInt(12 * 19));
    Response drafted =
        as(owner)
            .body(
                Map.of(
                    "unitId", unit,
                    "startDate", start.toString(),
                    "endDate", start.plusYears(1).minusDays(1).toString(),
                    "rentAmount", Map.of("amount", RENT, "currency", "usd"),
                    "rentDueDay", 1,
                    "tenants", List.of(Map.of("tenantId", tenant, "role", "PRIMARY"))))
            .post("/api/v1/leases");
    assertThat(drafted.statusCode()).as(drafted.asString()).isEqualTo(201);
    lease = drafted.path("id");
    as(owner).post("/api/v1/leases/" + lease + "/send").then().statusCode(200);
    as(owner).post("/api/v1/leases/" + lease + "/sign").then().statusCode(200);
    as(renter).post("/api/v1/leases/" + lease + "/sign").then().statusCode(200);
    account = ConnectApiIT.openAccount(owner);
  }

  @Test
  void leaseChargedPaidSettledAndPartlyRefundedOpensTheChargeForTheRest() {
    String charge = generatedRentCharge();
    enableCharges();
    String intent = stubIntentFor(charge);

    Response paid = as(renter).body("{}").post("/api/v1/charges/" + charge + "/pay");

    assertThat(paid.statusCode()).as(paid.asString()).isEqualTo(201);
    String payment = paid.path("payment.id");
    assertThat(paid.header("Location")).endsWith("/api/v1/payments/" + payment);
    assertThat(paid.<String>path("clientSecret")).isEqualTo(intent + "_secret_it");
    assertThat(paid.<String>path("payment.status")).isEqualTo("PENDING");
    assertThat(paid.<Integer>path("payment.amount.amount")).isEqualTo((int) RENT);
    assertThat(paid.<Integer>path("payment.applicationFee.amount")).isEqualTo(3_000);
    assertThat(form(onlyIntentRequestFor(charge)))
        .contains(
            "amount=" + RENT,
            "transfer_data[destination]=" + account,
            "on_behalf_of=" + account,
            "application_fee_amount=3000",
            "payment_method_types[1]=us_bank_account",
            "metadata[leaseport_lease_id]=" + lease);
    assertProblem(
        as(renter).body("{}").post("/api/v1/charges/" + charge + "/pay"),
        409,
        "payment-in-progress");

    String succeeded = paymentIntentEvent("payment_intent.succeeded", intent, "succeeded");
    Response delivered =
        StripeWebhooksIT.deliver(PLATFORM, succeeded, signature(succeeded, PLATFORM_SECRET));
    assertThat(delivered.<String>path("outcome")).isEqualTo("APPLIED");
    Response settled = as(renter).get("/api/v1/charges/" + charge);
    assertThat(settled.<String>path("status")).isEqualTo("PAID");
    assertThat(settled.<Integer>path("balance.amount")).isZero();
    assertThat(as(owner).get("/api/v1/payments/" + payment).<String>path("status"))
        .isEqualTo("SUCCEEDED");
    assertThat(
            as(renter)
                .get("/api/v1/notifications?limit=100")
                .jsonPath()
                .getList("data.findAll { it.link == '/api/v1/payments/" + payment + "' }.type"))
        .containsExactly("PAYMENT_SUCCEEDED");

    stripe()
        .stubFor(
            post("/v1/refunds")
                .withRequestBody(containing("payment_intent=" + intent))
                .willReturn(
                    okJson(
                        "{\"id\": \"re_"
                            + intent.substring(3)
                            + "\", \"object\": \"refund\", \"status\": \"succeeded\"}")));
    Response refunded =
        as(owner)
            .body(
                Map.of(
                    "amount",
                    Map.of("amount", 50_000, "currency", "usd"),
                    "reason",
                    "REQUESTED_BY_CUSTOMER"))
            .post("/api/v1/payments/" + payment + "/refunds");
    assertThat(refunded.statusCode()).as(refunded.asString()).isEqualTo(200);
    assertThat(
            form(
                stripe().findAll(postRequestedFor(urlEqualTo("/v1/refunds"))).stream()
                    .filter(r -> r.getBodyAsString().contains(intent))
                    .findFirst()
                    .orElseThrow()))
        .contains("amount=50000", "reverse_transfer=true", "refund_application_fee=true");
    String chargeRefunded =
        StripeEventTestData.event(
            eventId(),
            "charge.refunded",
            null,
            Instant.now(),
            "{\"id\": \"ch_it\", \"object\": \"charge\", \"payment_intent\": \""
                + intent
                + "\", \"amount\": "
                + RENT
                + ", \"amount_refunded\": 50000}");
    StripeWebhooksIT.deliver(PLATFORM, chargeRefunded, signature(chargeRefunded, PLATFORM_SECRET));

    Response reopened = as(owner).get("/api/v1/charges/" + charge);
    assertThat(reopened.<String>path("status")).isEqualTo("OPEN");
    assertThat(reopened.<Integer>path("balance.amount")).isEqualTo(50_000);
    assertThat(as(renter).get("/api/v1/payments/" + payment).<Integer>path("refunded.amount"))
        .isEqualTo(50_000);
    assertProblem(
        as(owner)
            .body(
                Map.of(
                    "amount",
                    Map.of("amount", 70_001, "currency", "usd"),
                    "reason",
                    "REQUESTED_BY_CUSTOMER"))
            .post("/api/v1/payments/" + payment + "/refunds"),
        422,
        "validation-failed");
  }

  @Test
  void whoMayPayReadAndRefund() {
    String charge = generatedRentCharge();
    assertProblem(
        as(renter).body("{}").post("/api/v1/charges/" + charge + "/pay"),
        409,
        "payments-not-enabled");
    enableCharges();
    stubIntentFor(charge);
    String stranger = Api.newUser("TENANT");
    assertProblem(
        as(stranger).body("{}").post("/api/v1/charges/" + charge + "/pay"), 404, "not-found");
    assertProblem(
        as(owner).body("{}").post("/api/v1/charges/" + charge + "/pay"), 403, "forbidden");
    assertProblem(
        Api.anonymous().body("{}").post("/api/v1/charges/" + charge + "/pay"),
        401,
        "unauthenticated");

    String payment =
        as(renter).body("{}").post("/api/v1/charges/" + charge + "/pay").path("payment.id");

    String otherOwner = Api.newUser("OWNER");
    assertProblem(as(otherOwner).get("/api/v1/payments/" + payment), 404, "not-found");
    assertProblem(as(stranger).get("/api/v1/payments/" + payment), 404, "not-found");
    assertProblem(
        as(otherOwner)
            .body(Map.of("reason", "DUPLICATE"))
            .post("/api/v1/payments/" + payment + "/refunds"),
        404,
        "not-found");
    assertProblem(
        as(renter)
            .body(Map.of("reason", "DUPLICATE"))
            .post("/api/v1/payments/" + payment + "/refunds"),
        403,
        "forbidden");
    // PENDING: nothing to refund yet
    assertProblem(
        as(owner)
            .body(Map.of("reason", "DUPLICATE"))
            .post("/api/v1/payments/" + payment + "/refunds"),
        409,
        "payment-not-refundable");
    assertProblem(
        as(owner)
            .body(Map.of("reason", "BECAUSE"))
            .post("/api/v1/payments/" + payment + "/refunds"),
        422,
        "validation-failed");
    assertThat(as(owner).get("/api/v1/payments?chargeId=" + charge).<Integer>path("total"))
        .isEqualTo(1);
    assertThat(as(renter).get("/api/v1/payments?leaseId=" + lease).<Integer>path("total"))
        .isEqualTo(1);
    assertThat(as(otherOwner).get("/api/v1/payments").<Integer>path("total")).isZero();
    assertThat(as(stranger).get("/api/v1/payments").<Integer>path("total")).isZero();
    assertProblem(as(owner).get("/api/v1/payments?status=LOST"), 400, "invalid-parameter");
    assertProblem(as(owner).get("/api/v1/payments?sort=payer"), 400, "invalid-parameter");
  }

  @Test
  void aStripeOutageIs503AndTheNextAttemptResumesTheSamePayment() {
    String charge = generatedRentCharge();
    enableCharges();
    stripe()
        .stubFor(
            post("/v1/payment_intents")
                .withRequestBody(containing(charge))
                .willReturn(aResponse().withStatus(503).withBody("{}")));

    assertProblem(
        as(renter).body("{}").post("/api/v1/charges/" + charge + "/pay"), 503, "unavailable");

    stubIntentFor(charge);
    Response resumed = as(renter).body("{}").post("/api/v1/charges/" + charge + "/pay");
    assertThat(resumed.statusCode()).as(resumed.asString()).isEqualTo(201);
    List<String> keys =
        stripe().findAll(postRequestedFor(urlEqualTo("/v1/payment_intents"))).stream()
            .filter(r -> r.getBodyAsString().contains(charge))
            .map(r -> r.getHeader("Idempotency-Key"))
            .distinct()
            .toList();
    assertThat(keys).containsExactly("leaseport:rent-payment:" + resumed.path("payment.id"));
  }

  /** Runs the rent job on a fresh date from the lease's start and returns its first charge. */
  private String generatedRentCharge() {
    String admin = Api.newUser("ADMIN");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (LocalDate asOf = start; !asOf.isAfter(today); asOf = asOf.plusDays(1)) {
      Response run =
          as(admin)
              .body(Map.of("asOf", asOf.toString()))
              .post("/api/v1/admin/jobs/generate-rent-charges/run");
      if (run.statusCode() == 201) {
        assertThat(run.<String>path("outcome")).isEqualTo("SUCCEEDED");
        break;
      }
    }
    Response charges = as(renter).get("/api/v1/charges?leaseId=" + lease + "&kind=RENT");
    assertThat(charges.<Integer>path("total")).as(charges.asString()).isPositive();
    assertThat(charges.<Integer>path("data[0].balance.amount")).isEqualTo((int) RENT);
    return charges.path("data[0].id");
  }

  /** Stripe says the owner's account can take charges. */
  private void enableCharges() {
    String event =
        StripeEventTestData.accountUpdated(eventId(), account, Instant.now(), true, true, true);
    StripeWebhooksIT.deliver(CONNECT, event, signature(event, CONNECT_SECRET))
        .then()
        .statusCode(200);
  }

  /** The charge's id appears in the request only as its metadata, so it picks the stub. */
  private static String stubIntentFor(String charge) {
    String intent = "pi_" + UUID.randomUUID().toString().replace("-", "");
    stripe()
        .stubFor(
            post("/v1/payment_intents")
                .atPriority(1)
                .withRequestBody(containing(charge))
                .willReturn(
                    okJson(
                        "{\"id\": \""
                            + intent
                            + "\", \"object\": \"payment_intent\", \"client_secret\": \""
                            + intent
                            + "_secret_it\", \"status\": \"requires_payment_method\"}")));
    return intent;
  }

  private static String paymentIntentEvent(String type, String intent, String status) {
    return StripeEventTestData.event(
        eventId(),
        type,
        null,
        Instant.now(),
        "{\"id\": \""
            + intent
            + "\", \"object\": \"payment_intent\", \"status\": \""
            + status
            + "\", \"payment_method_types\": [\"card\"], \"metadata\": {}}");
  }

  private static LoggedRequest onlyIntentRequestFor(String charge) {
    List<LoggedRequest> sent =
        stripe().findAll(postRequestedFor(urlEqualTo("/v1/payment_intents"))).stream()
            .filter(r -> r.getBodyAsString().contains(charge))
            .toList();
    assertThat(sent).hasSize(1);
    return sent.get(0);
  }

  private static List<String> form(LoggedRequest request) {
    return List.of(request.getBodyAsString().split("&")).stream()
        .map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8))
        .toList();
  }

  private static WireMockServer stripe() {
    return FakeStripeApi.get();
  }
}
