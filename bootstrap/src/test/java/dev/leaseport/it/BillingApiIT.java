package dev.leaseport.it;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plans, the owner's subscription and plan limits over HTTP, with billing configured on the test
 * server (src/it/liberty/config/server.env): a paid plan "tiny" (1 property, 2 units) whose limits
 * the tests reach, and a free plan too large for other tests to notice. The subscription comes the
 * way it does in production: a checkout through the fake Stripe API, then Stripe's signed event.
 */
@ExtendWith(ArquillianExtension.class)
class BillingApiIT {
  private static final String TINY_PRICE = "price_it_tiny";

  @Test
  void thePlansAreTheFreePlanThenThePaidOnes() {
    Response plans = as(Api.newUser("OWNER")).get("/api/v1/billing/plans");

    assertThat(plans.statusCode()).isEqualTo(200);
    assertThat(plans.<List<String>>path("data.id")).containsExactly("free", "tiny", "large");
    assertThat(plans.<Boolean>path("data[0].free")).isTrue();
    assertThat(plans.<Integer>path("data[1].maxProperties")).isEqualTo(1);
    assertThat(plans.<Integer>path("data[1].maxUnits")).isEqualTo(2);
    assertThat(plans.<Integer>path("total")).isEqualTo(3);
  }

  @Test
  void anOwnerWithoutASubscriptionIsOnTheFreePlan() {
    Response subscription = as(Api.newUser("OWNER")).get("/api/v1/billing/subscription");

    assertThat(subscription.statusCode()).isEqualTo(200);
    assertThat(subscription.<String>path("plan.id")).isEqualTo("free");
    assertThat(subscription.<String>path("status")).isNull();
  }

  @Test
  void aCheckoutCreatesTheCustomerOnceAndAnswersTheStripeUrl() {
    String owner = Api.newUser("OWNER");
    String customer = stubCustomerFor(owner);
    stubCheckoutFor(customer);

    Response first =
        as(owner).body(Map.of("planId", "tiny")).post("/api/v1/billing/checkout-session");
    Response second =
        as(owner).body(Map.of("planId", "large")).post("/api/v1/billing/checkout-session");

    assertThat(first.statusCode()).as(first.asString()).isEqualTo(200);
    assertThat(first.<String>path("url")).isEqualTo("https://checkout.stripe.test/" + customer);
    assertThat(second.statusCode()).isEqualTo(200);
    stripe()
        .verify(
            1,
            postRequestedFor(urlEqualTo("/v1/customers"))
                .withHeader("Idempotency-Key", equalTo(customerKey(owner))));
    stripe()
        .verify(
            postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withRequestBody(containing("customer=" + customer))
                .withRequestBody(containing(TINY_PRICE)));
  }

  @Test
  void anUnknownPlanIsRefusedWith422AndNothingIsSentToStripe() {
    String owner = Api.newUser("OWNER");

    Response answer =
        as(owner).body(Map.of("planId", "platinum")).post("/api/v1/billing/checkout-session");

    assertProblem(answer, 422, "validation-failed");
    assertThat(answer.<String>path("errors[0].field")).isEqualTo("planId");
    stripe()
        .verify(
            0,
            postRequestedFor(urlEqualTo("/v1/customers"))
                .withHeader("Idempotency-Key", equalTo(customerKey(owner))));
  }

  @Test
  void thePortalOpensForTheOwnersCustomer() {
    String owner = Api.newUser("OWNER");
    String customer = stubCustomerFor(owner);
    stripe()
        .stubFor(
            post("/v1/billing_portal/sessions")
                .withRequestBody(containing("customer=" + customer))
                .willReturn(
                    okJson(
                        "{\"object\": \"billing_portal.session\", \"url\":"
                            + " \"https://billing.stripe.test/"
                            + customer
                            + "\"}")));

    Response portal = as(owner).post("/api/v1/billing/portal-session");

    assertThat(portal.statusCode()).as(portal.asString()).isEqualTo(200);
    assertThat(portal.<String>path("url")).isEqualTo("https://billing.stripe.test/" + customer);
  }

  @Test
  void onTheTinyPlanTheSecondPropertyAndTheThirdUnitAreRefusedNamingTheLimit() {
    String owner = subscribedToTiny();
    String property = Api.createProperty(owner, "Only one");
    Api.createUnit(owner, property, "1", 100_000);
    Api.createUnit(owner, property, "2", 100_000);

    Response secondProperty =
        as(owner).body(Api.propertyBody("One too many")).post("/api/v1/properties");
    Response thirdUnit =
        as(owner)
            .body(Api.unitBody("3", 100_000))
            .post("/api/v1/properties/" + property + "/units");

    assertProblem(secondProperty, 403, "plan-limit-reached");
    assertThat(secondProperty.<String>path("detail")).contains("Your Tiny plan allows 1 property");
    assertProblem(thirdUnit, 403, "plan-limit-reached");
    assertThat(thirdUnit.<String>path("detail")).contains("Your Tiny plan allows 2 units");
    assertThat(as(owner).get("/api/v1/properties").<Integer>path("total")).isEqualTo(1);
  }

  @Test
  void theSubscriptionShowsThePlanStripeReported() {
    String owner = subscribedToTiny();

    Response subscription = as(owner).get("/api/v1/billing/subscription");

    assertThat(subscription.<String>path("plan.id")).isEqualTo("tiny");
    assertThat(subscription.<String>path("status")).isEqualTo("active");
  }

  @Test
  void aLiveSubscriptionIsSentToThePortalRatherThanASecondCheckout() {
    String owner = subscribedToTiny();

    assertProblem(
        as(owner).body(Map.of("planId", "large")).post("/api/v1/billing/checkout-session"),
        409,
        "conflict");
  }

  @Test
  void aTenantMayNotUseBilling() {
    String tenant = Api.newUser("TENANT");

    assertProblem(as(tenant).get("/api/v1/billing/plans"), 403, "forbidden");
    assertProblem(as(tenant).get("/api/v1/billing/subscription"), 403, "forbidden");
    assertProblem(
        as(tenant).body(Map.of("planId", "tiny")).post("/api/v1/billing/checkout-session"),
        403,
        "forbidden");
    assertProblem(as(tenant).post("/api/v1/billing/portal-session"), 403, "forbidden");
  }

  @Test
  void withoutATokenBillingIs401() {
    assertProblem(Api.anonymous().get("/api/v1/billing/plans"), 401, "unauthenticated");
  }

  /** An owner who checked out the tiny plan and whose subscription Stripe reported active. */
  private static String subscribedToTiny() {
    String owner = Api.newUser("OWNER");
    String customer = stubCustomerFor(owner);
    stubCheckoutFor(customer);
    as(owner)
        .body(Map.of("planId", "tiny"))
        .post("/api/v1/billing/checkout-session")
        .then()
        .statusCode(200);
    String subscription =
        """
        {"id": "sub_%s", "object": "subscription", "customer": "%s", "status": "active",
         "cancel_at_period_end": false,
         "items": {"object": "list", "data": [{"object": "subscription_item",
           "current_period_end": %d, "price": {"id": "%s", "object": "price"}}]}}"""
            .formatted(
                customer.substring(4),
                customer,
                Instant.now().plusSeconds(30 * 86_400).getEpochSecond(),
                TINY_PRICE);
    String event =
        StripeEventTestData.event(
            eventId(), "customer.subscription.created", null, Instant.now(), subscription);
    Response delivered =
        StripeWebhooksIT.deliver(
            "/api/v1/webhooks/stripe", event, signature(event, PLATFORM_SECRET));
    assertThat(delivered.<String>path("outcome")).isEqualTo("APPLIED");
    return owner;
  }

  private static String stubCustomerFor(String owner) {
    String customer = "cus_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
    stripe()
        .stubFor(
            post("/v1/customers")
                .withHeader("Idempotency-Key", equalTo(customerKey(owner)))
                .willReturn(okJson("{\"id\": \"" + customer + "\", \"object\": \"customer\"}")));
    return customer;
  }

  private static void stubCheckoutFor(String customer) {
    stripe()
        .stubFor(
            post("/v1/checkout/sessions")
                .withRequestBody(containing("customer=" + customer))
                .willReturn(
                    okJson(
                        "{\"object\": \"checkout.session\", \"url\":"
                            + " \"https://checkout.stripe.test/"
                            + customer
                            + "\"}")));
  }

  private static String customerKey(String owner) {
    return "leaseport:customer:" + as(owner).get("/api/v1/me").<String>path("id");
  }

  private static WireMockServer stripe() {
    return FakeStripeApi.get();
  }
}
