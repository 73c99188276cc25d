package dev.leaseport.adapters.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.NewPayerCustomer;
import dev.leaseport.domain.payment.PaymentEvent;
import dev.leaseport.domain.payment.SetupRequest;
import dev.leaseport.domain.payment.StartedSetup;
import dev.leaseport.domain.shared.UnavailableException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A renter's saved methods through the real stripe-java client against a fake Stripe API: what
 * Leaseport sends for the customer, the SetupIntent and a detach, and how a setup event is
 * completed with its payment method.
 */
class SavedPaymentMethodsOnFakeStripeTest {
  private static WireMockServer stripe;
  private static StripeSavedPaymentMethods methods;
  private static StripeEventDetails details;
  private final UUID renter = UUID.randomUUID();

  @BeforeAll
  static void startFakeStripe() {
    stripe = FakeStripe.start();
    var client = StripeClients.create(FakeStripe.settings(stripe));
    methods = new StripeSavedPaymentMethods(client);
    details = new StripeEventDetails(client);
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
  void theRenterIsACustomerByEmailUnderTheirOwnKey() {
    stripe.stubFor(post("/v1/customers").willReturn(okJson("{\"id\": \"cus_r1\"}")));

    String id =
        methods.createCustomer(
            new NewPayerCustomer(renter, "renter@example.com"),
            IdempotencyKey.of("payer-customer", renter));

    assertThat(id).isEqualTo("cus_r1");
    stripe.verify(
        postRequestedFor(urlEqualTo("/v1/customers"))
            .withHeader("Idempotency-Key", equalTo("leaseport:payer-customer:" + renter))
            .withRequestBody(containing("email=renter%40example.com"))
            .withRequestBody(containing("metadata[leaseport_user_id]=" + renter)));
  }

  @Test
  void aSetupSavesACardOrAnInstantlyVerifiedBankAccountForOffSessionUse() {
    stripe.stubFor(
        post("/v1/setup_intents")
            .willReturn(
                okJson(
                    "{\"id\": \"seti_1\", \"object\": \"setup_intent\","
                        + " \"client_secret\": \"seti_1_secret_abc\"}")));
    IdempotencyKey key = IdempotencyKey.forAttempt("setup-intent", renter, UUID.randomUUID());

    StartedSetup setup = methods.startSetup(new SetupRequest(renter, "cus_r1"), key);

    assertThat(setup.id()).isEqualTo("seti_1");
    assertThat(setup.clientSecret()).isEqualTo("seti_1_secret_abc");
    assertThat(setup.toString()).doesNotContain("secret");
    stripe.verify(
        postRequestedFor(urlEqualTo("/v1/setup_intents"))
            .withHeader("Idempotency-Key", equalTo(key.value()))
            .withRequestBody(containing("customer=cus_r1"))
            .withRequestBody(containing("usage=off_session"))
            .withRequestBody(containing("payment_method_types[0]=card"))
            .withRequestBody(containing("payment_method_types[1]=us_bank_account"))
            .withRequestBody(
                containing("payment_method_options[us_bank_account][verification_method]=instant"))
            .withRequestBody(containing("metadata[leaseport_user_id]=" + renter)));
  }

  @Test
  void detachingAsksStripeToDetachTheMethod() {
    stripe.stubFor(
        post("/v1/payment_methods/pm_1/detach")
            .willReturn(okJson("{\"id\": \"pm_1\", \"object\": \"payment_method\"}")));

    methods.detach("pm_1");

    stripe.verify(postRequestedFor(urlEqualTo("/v1/payment_methods/pm_1/detach")));
  }

  @Test
  void aMethodStripeRefusesToDetachBecauseItIsDetachedAlreadyCountsAsDetached() {
    stripe.stubFor(
        post("/v1/payment_methods/pm_2/detach")
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(FakeStripe.error("invalid_request_error", "not_attached"))));
    stripe.stubFor(
        get("/v1/payment_methods/pm_2")
            .willReturn(
                okJson("{\"id\": \"pm_2\", \"object\": \"payment_method\", \"customer\": null}")));

    methods.detach("pm_2");

    stripe.verify(getRequestedFor(urlEqualTo("/v1/payment_methods/pm_2")));
  }

  @Test
  void aRefusedDetachOfAMethodStillAttachedIsAFailure() {
    stripe.stubFor(
        post("/v1/payment_methods/pm_3/detach")
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(FakeStripe.error("invalid_request_error", "resource_missing"))));
    stripe.stubFor(
        get("/v1/payment_methods/pm_3")
            .willReturn(
                okJson(
                    "{\"id\": \"pm_3\", \"object\": \"payment_method\","
                        + " \"customer\": \"cus_r1\"}")));

    assertThatThrownBy(() -> methods.detach("pm_3")).isInstanceOf(UnavailableException.class);
  }

  @Test
  void aStripeOutageDuringSetupIsUnavailable() {
    stripe.stubFor(
        post("/v1/setup_intents")
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Content-Type", "application/json")
                    .withBody(FakeStripe.error("api_error", "unavailable"))));

    assertThatThrownBy(
            () ->
                methods.startSetup(
                    new SetupRequest(renter, "cus_r1"),
                    IdempotencyKey.forAttempt("setup-intent", renter, UUID.randomUUID())))
        .isInstanceOfSatisfying(
            UnavailableException.class, e -> assertThat(e.code()).isEqualTo("unavailable"));
  }

  @Test
  void aSetupEventGetsItsPaymentMethodAsStripeHasItNow() {
    stripe.stubFor(
        get("/v1/payment_methods/pm_card")
            .willReturn(
                okJson(
                    "{\"id\": \"pm_card\", \"object\": \"payment_method\", \"type\": \"card\","
                        + " \"customer\": \"cus_r1\", \"card\": {\"brand\": \"visa\","
                        + " \"last4\": \"4242\", \"exp_month\": 8, \"exp_year\": 2031}}")));
    PaymentEvent event =
        event(
            "setup_intent.succeeded",
            "{\"id\": \"seti_1\", \"object\": \"setup_intent\", \"customer\": \"cus_r1\","
                + " \"payment_method\": \"pm_card\"}");

    JsonObject completed =
        JsonParser.parseString(details.complete(event).objectJson()).getAsJsonObject();

    JsonObject method = completed.getAsJsonObject("payment_method");
    assertThat(method.get("id").getAsString()).isEqualTo("pm_card");
    assertThat(method.get("customer").getAsString()).isEqualTo("cus_r1");
    assertThat(method.getAsJsonObject("card").get("last4").getAsString()).isEqualTo("4242");
    assertThat(completed.get("customer").getAsString()).isEqualTo("cus_r1");
  }

  @Test
  void otherEventsAreNotCompletedAndCostNoCall() {
    PaymentEvent event = event("account.updated", "{\"id\": \"acct_1\"}");

    assertThat(details.complete(event)).isSameAs(event);
    assertThat(stripe.getAllServeEvents()).isEmpty();
  }

  @Test
  void aSetupEventIsNotCompletedWhenStripeCannotBeReached() {
    stripe.stubFor(
        get("/v1/payment_methods/pm_gone")
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "application/json")
                    .withBody(FakeStripe.error("api_error", "internal"))));
    PaymentEvent event =
        event(
            "setup_intent.succeeded",
            "{\"id\": \"seti_2\", \"customer\": \"cus_r1\", \"payment_method\": \"pm_gone\"}");

    assertThatThrownBy(() -> details.complete(event)).isInstanceOf(UnavailableException.class);
  }

  private static PaymentEvent event(String type, String object) {
    return new PaymentEvent(
        "evt_" + UUID.randomUUID(), type, Optional.empty(), Instant.now(), object);
  }
}
