package dev.leaseport.it;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A renter's saved methods over HTTP, with the fake Stripe behind the server: saving one (customer
 * and SetupIntent at Stripe, then Stripe's signed event records it), listing, the default, removing
 * (detached at Stripe too), and autopay on a lease with one of them.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentMethodsApiIT {
  private static final String WEBHOOK = "/api/v1/webhooks/stripe";
  private final WireMockServer stripe = FakeStripeApi.get();
  private String renter;
  private String renterId;
  private String customer;

  @BeforeEach
  void aRenterWhoseCustomerAndSetupsStripeAnswers() {
    renter = Api.newUser("TENANT");
    renterId = as(renter).get("/api/v1/me").path("id");
    customer = "cus_" + renterId.replace("-", "");
    stripe.stubFor(
        post("/v1/customers")
            .withRequestBody(containing(renterId))
            .willReturn(okJson("{\"id\": \"" + customer + "\", \"object\": \"customer\"}")));
    stripe.stubFor(
        post("/v1/setup_intents")
            .withRequestBody(containing("customer=" + customer))
            .willReturn(
                okJson(
                    "{\"id\": \"seti_"
                        + renterId.substring(0, 8)
                        + "\","
                        + " \"object\": \"setup_intent\", \"client_secret\": \"seti_secret_"
                        + renterId.substring(0, 8)
                        + "\"}")));
  }

  @Test
  void aRenterSavesACardThatStripeReportsAndSeesItAsTheirDefault() {
    Response first = as(renter).post("/api/v1/payment-methods/setup-intent");
    Response second = as(renter).post("/api/v1/payment-methods/setup-intent");

    assertThat(first.statusCode()).as(first.asString()).isEqualTo(200);
    assertThat(first.<String>path("clientSecret")).startsWith("seti_secret_");
    assertThat(second.statusCode()).isEqualTo(200);
    // The customer is made once and stored; the second setup reuses it.
    assertThat(
            stripe.findAll(
                postRequestedFor(urlEqualTo("/v1/customers"))
                    .withRequestBody(containing(renterId))))
        .hasSize(1);

    String card = saveCard("pm_card" + shortId());

    Response list = as(renter).get("/api/v1/payment-methods");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.<Integer>path("total")).isEqualTo(1);
    assertThat(list.<String>path("data[0].id")).isEqualTo(card);
    assertThat(list.<String>path("data[0].kind")).isEqualTo("CARD");
    assertThat(list.<String>path("data[0].brand")).isEqualTo("visa");
    assertThat(list.<String>path("data[0].last4")).isEqualTo("4242");
    assertThat(list.<Integer>path("data[0].expYear")).isEqualTo(2031);
    assertThat(list.<Boolean>path("data[0].isDefault")).isTrue();
  }

  @Test
  void theRenterChoosesTheDefaultAndRemovesAMethodWhichStripeDetaches() {
    as(renter).post("/api/v1/payment-methods/setup-intent").then().statusCode(200);
    String cardPm = "pm_card" + shortId();
    String card = saveCard(cardPm);
    String bank = saveBankAccount("pm_bank" + shortId());

    Response chosen = as(renter).post("/api/v1/payment-methods/" + bank + "/default");
    assertThat(chosen.statusCode()).as(chosen.asString()).isEqualTo(200);
    assertThat(chosen.<Boolean>path("isDefault")).isTrue();
    assertThat(chosen.<String>path("bankName")).isEqualTo("STRIPE TEST BANK");
    assertThat(as(renter).get("/api/v1/payment-methods").jsonPath().getList("data.id"))
        .containsExactly(bank, card);

    stripe.stubFor(
        post("/v1/payment_methods/" + cardPm + "/detach")
            .willReturn(okJson("{\"id\": \"" + cardPm + "\", \"customer\": null}")));
    Response removed = as(renter).delete("/api/v1/payment-methods/" + card);

    assertThat(removed.statusCode()).as(removed.asString()).isEqualTo(204);
    stripe.verify(postRequestedFor(urlEqualTo("/v1/payment_methods/" + cardPm + "/detach")));
    assertThat(as(renter).get("/api/v1/payment-methods").jsonPath().getList("data.id"))
        .containsExactly(bank);
    assertProblem(as(renter).delete("/api/v1/payment-methods/" + card), 404, "not-found");
  }

  @Test
  void aMethodDetachedAtStripeDisappearsAndTheNextBecomesTheDefault() {
    as(renter).post("/api/v1/payment-methods/setup-intent").then().statusCode(200);
    String firstPm = "pm_card" + shortId();
    saveCard(firstPm);
    String bank = saveBankAccount("pm_bank" + shortId());

    String event =
        StripeEventTestData.event(
            eventId(),
            "payment_method.detached",
            null,
            Instant.now(),
            "{\"id\": \"" + firstPm + "\", \"object\": \"payment_method\", \"customer\": null}");
    Response delivered =
        StripeWebhooksIT.deliver(WEBHOOK, event, signature(event, PLATFORM_SECRET));

    assertThat(delivered.<String>path("outcome")).isEqualTo("APPLIED");
    Response list = as(renter).get("/api/v1/payment-methods");
    assertThat(list.jsonPath().getList("data.id")).containsExactly(bank);
    assertThat(list.<Boolean>path("data[0].isDefault")).isTrue();
  }

  @Test
  void nobodyElseSeesOrTouchesARentersMethods() {
    as(renter).post("/api/v1/payment-methods/setup-intent").then().statusCode(200);
    String card = saveCard("pm_card" + shortId());
    String otherRenter = Api.newUser("TENANT");
    String owner = Api.newUser("OWNER");

    assertThat(as(otherRenter).get("/api/v1/payment-methods").<Integer>path("total")).isZero();
    assertProblem(
        as(otherRenter).post("/api/v1/payment-methods/" + card + "/default"), 404, "not-found");
    assertProblem(as(otherRenter).delete("/api/v1/payment-methods/" + card), 404, "not-found");
    assertProblem(as(owner).get("/api/v1/payment-methods"), 403, "forbidden");
    assertProblem(as(owner).post("/api/v1/payment-methods/setup-intent"), 403, "forbidden");
    assertProblem(Api.anonymous().get("/api/v1/payment-methods"), 401, "unauthenticated");
    assertProblem(as(renter).post("/api/v1/payment-methods/not-a-uuid/default"), 404, "not-found");
  }

  @Test
  void theRenterTurnsAutopayOnWithTheirOwnMethodAndTheLeasesRentStaysAsSigned() {
    String owner = Api.newUser("OWNER");
    String lease = sentLeaseTo(owner, renter);
    as(renter).post("/api/v1/payment-methods/setup-intent").then().statusCode(200);
    String cardPm = "pm_card" + shortId();
    String card = saveCard(cardPm);
    Response before = as(owner).get("/api/v1/leases/" + lease);

    Response on =
        as(renter)
            .body(Map.of("enabled", true, "paymentMethodId", card))
            .put("/api/v1/leases/" + lease + "/autopay");

    assertThat(on.statusCode()).as(on.asString()).isEqualTo(200);
    assertThat(on.<Boolean>path("enabled")).isTrue();
    assertThat(on.<String>path("paymentMethodId")).isEqualTo(card);
    Response ownersView = as(owner).get("/api/v1/leases/" + lease + "/autopay");
    assertThat(ownersView.<Boolean>path("enabled")).isTrue();
    Response after = as(owner).get("/api/v1/leases/" + lease);
    for (String term :
        List.of("rentAmount", "startDate", "endDate", "lateFeeAmount", "rentDueDay", "status")) {
      assertThat(after.<Object>path(term)).as(term).isEqualTo(before.path(term));
    }

    // Removing the card turns autopay off.
    stripe.stubFor(
        post("/v1/payment_methods/" + cardPm + "/detach")
            .willReturn(okJson("{\"id\": \"" + cardPm + "\", \"customer\": null}")));
    as(renter).delete("/api/v1/payment-methods/" + card).then().statusCode(204);
    assertThat(as(renter).get("/api/v1/leases/" + lease + "/autopay").<Boolean>path("enabled"))
        .isFalse();
  }

  @Test
  void autopayIsRefusedForAnotherRentersMethodOtherCallersAndBadBodies() {
    String owner = Api.newUser("OWNER");
    String lease = sentLeaseTo(owner, renter);
    String otherRenter = Api.newUser("TENANT");
    String path = "/api/v1/leases/" + lease + "/autopay";
    as(renter).post("/api/v1/payment-methods/setup-intent").then().statusCode(200);
    String card = saveCard("pm_card" + shortId());

    assertProblem(
        as(renter)
            .body(Map.of("enabled", true, "paymentMethodId", UUID.randomUUID().toString()))
            .put(path),
        404,
        "not-found");
    assertProblem(
        as(otherRenter).body(Map.of("enabled", true, "paymentMethodId", card)).put(path),
        404,
        "not-found");
    assertProblem(
        as(owner).body(Map.of("enabled", true, "paymentMethodId", card)).put(path),
        403,
        "forbidden");
    assertProblem(as(otherRenter).get(path), 404, "not-found");
    assertProblem(as(renter).body(Map.of("enabled", true)).put(path), 422, "validation-failed");
    assertProblem(as(renter).body(Map.of("enabled", "yes")).put(path), 400, "malformed-request");
    assertProblem(
        as(renter).body(Map.of("enabled", false, "rentAmount", 1)).put(path),
        400,
        "malformed-request");
    assertThat(as(owner).get(path).<Boolean>path("enabled")).isFalse();
  }

  /** Stripe reports the renter's saved card (signed event; the method itself read from Stripe). */
  private String saveCard(String pm) {
    return save(
        pm,
        """
        {"id": "%s", "object": "payment_method", "type": "card", "customer": "%s",
         "card": {"brand": "visa", "last4": "4242", "exp_month": 8, "exp_year": 2031}}"""
            .formatted(pm, customer));
  }

  private String saveBankAccount(String pm) {
    return save(
        pm,
        """
        {"id": "%s", "object": "payment_method", "type": "us_bank_account", "customer": "%s",
         "us_bank_account": {"bank_name": "STRIPE TEST BANK", "last4": "6789"}}"""
            .formatted(pm, customer));
  }

  private String save(String pm, String methodJson) {
    List<String> before = methodIds();
    stripe.stubFor(get("/v1/payment_methods/" + pm).willReturn(okJson(methodJson)));
    String event =
        StripeEventTestData.event(
            eventId(),
            "setup_intent.succeeded",
            null,
            Instant.now(),
            "{\"id\": \"seti_"
                + shortId()
                + "\", \"object\": \"setup_intent\", \"status\": \"succeeded\","
                + " \"customer\": \""
                + customer
                + "\", \"payment_method\": \""
                + pm
                + "\"}");
    Response delivered =
        StripeWebhooksIT.deliver(WEBHOOK, event, signature(event, PLATFORM_SECRET));
    assertThat(delivered.statusCode()).as(delivered.asString()).isEqualTo(200);
    assertThat(delivered.<String>path("outcome")).isEqualTo("APPLIED");
    // The API shows no Stripe ids: the saved method is the one that was not listed before.
    List<String> added = new ArrayList<>(methodIds());
    added.removeAll(before);
    assertThat(added).hasSize(1);
    return added.get(0);
  }

  private List<String> methodIds() {
    return as(renter).get("/api/v1/payment-methods").jsonPath().getList("data.id");
  }

  /** A lease of a new unit of {@code owner} to {@code renter}, sent for signature. */
  static String sentLeaseTo(String owner, String renter) {
    String property = Api.createProperty(owner, "Autopay Court");
    String unit = Api.createUnit(owner, property, "1", 150_000);
    String email = as(renter).get("/api/v1/me").path("email");
    String tenant = Api.createTenant(owner, "Ada", "Renter", email);
    Api.inviteAndAccept(owner, tenant, unit, renter);
    Response created =
        as(owner)
            .body(
                Map.of(
                    "unitId",
                    unit,
                    "startDate",
                    "2030-01-01",
                    "endDate",
                    "2030-12-31",
                    "rentAmount",
                    Map.of("amount", 150_000, "currency", "usd"),
                    "tenants",
                    List.of(Map.of("tenantId", tenant, "role", "PRIMARY"))))
            .post("/api/v1/leases");
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    String lease = created.path("id");
    as(owner).post("/api/v1/leases/" + lease + "/send").then().statusCode(200);
    return lease;
  }

  private static String shortId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }
}
