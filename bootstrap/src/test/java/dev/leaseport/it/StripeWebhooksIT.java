package dev.leaseport.it;

import static dev.leaseport.domain.testdata.StripeEventTestData.CONNECT_SECRET;
import static dev.leaseport.domain.testdata.StripeEventTestData.PLATFORM_SECRET;
import static dev.leaseport.domain.testdata.StripeEventTestData.eventId;
import static dev.leaseport.domain.testdata.StripeEventTestData.signature;
import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.domain.testdata.StripeEventTestData;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stripe's webhook endpoints over HTTP: signed events apply once; every delivery that cannot be
 * proved to come from Stripe for this endpoint is 400 and leaves no row.
 */
@ExtendWith(ArquillianExtension.class)
class StripeWebhooksIT {
  private static final String PLATFORM = "/api/v1/webhooks/stripe";
  private static final String CONNECT = "/api/v1/webhooks/stripe/connect";

  @Test
  void anAccountUpdatedEventUpdatesTheOwnersPayoutAccountOnce() {
    String owner = Api.newUser("OWNER");
    String account = ConnectApiIT.openAccount(owner);
    String event =
        StripeEventTestData.accountUpdated(
            eventId(), account, Instant.now(), true, true, true, "individual.id_number");

    Response first = deliver(CONNECT, event, signature(event, CONNECT_SECRET));
    Response again = deliver(CONNECT, event, signature(event, CONNECT_SECRET));

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.<String>path("outcome")).isEqualTo("APPLIED");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.<String>path("outcome")).isEqualTo("DUPLICATE");
    Response state = as(owner).get("/api/v1/connect/account");
    assertThat(state.<Boolean>path("chargesEnabled")).isTrue();
    assertThat(state.<Boolean>path("payoutsEnabled")).isTrue();
    assertThat(state.<Boolean>path("detailsSubmitted")).isTrue();
    assertThat(state.<java.util.List<String>>path("requirementsDue"))
        .containsExactly("individual.id_number");
  }

  @Test
  void aDatabaseFailureInsideTheEffectIs500AndKeepsNoClaimSoTheRetryApplies() {
    String owner = Api.newUser("OWNER");
    String account = ConnectApiIT.openAccount(owner);
    String id = eventId();
    // charges_enabled that is not a boolean: the effect's database function fails on the cast.
    String broken =
        StripeEventTestData.event(
            id,
            "account.updated",
            account,
            Instant.now(),
            "{\"id\": \"" + account + "\", \"charges_enabled\": \"maybe\"}");

    assertProblem(
        deliver(CONNECT, broken, signature(broken, CONNECT_SECRET)), 500, "internal-error");
    assertThat(as(owner).get("/api/v1/connect/account").<Boolean>path("chargesEnabled")).isFalse();

    String retried =
        StripeEventTestData.accountUpdated(id, account, Instant.now(), true, false, false);
    Response retry = deliver(CONNECT, retried, signature(retried, CONNECT_SECRET));
    assertThat(retry.<String>path("outcome")).isEqualTo("APPLIED");
    assertThat(as(owner).get("/api/v1/connect/account").<Boolean>path("chargesEnabled")).isTrue();
  }

  @Test
  void anOlderEventAfterANewerOneIsStale() {
    String owner = Api.newUser("OWNER");
    String account = ConnectApiIT.openAccount(owner);
    Instant now = Instant.now();
    String newer = StripeEventTestData.accountUpdated(eventId(), account, now, true, true, true);
    String older =
        StripeEventTestData.accountUpdated(
            eventId(), account, now.minusSeconds(60), false, false, false);

    deliver(CONNECT, newer, signature(newer, CONNECT_SECRET));
    Response stale = deliver(CONNECT, older, signature(older, CONNECT_SECRET));

    assertThat(stale.<String>path("outcome")).isEqualTo("IGNORED_STALE");
    assertThat(as(owner).get("/api/v1/connect/account").<Boolean>path("chargesEnabled")).isTrue();
  }

  @Test
  void anUnknownTypeIsAnswered200AndListedForAdminsAsUnknown() {
    String type = uniqueType();
    String id = eventId();
    String event = StripeEventTestData.event(id, type, null, Instant.now(), "{\"id\": \"x\"}");

    Response answer = deliver(PLATFORM, event, signature(event, PLATFORM_SECRET));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.<String>path("outcome")).isEqualTo("IGNORED_UNKNOWN");
    Response listed = as(Api.newUser("ADMIN")).get("/api/v1/admin/webhook-events?type=" + type);
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.<Integer>path("total")).isEqualTo(1);
    assertThat(listed.<String>path("data[0].id")).isEqualTo(id);
    assertThat(listed.<String>path("data[0].outcome")).isEqualTo("IGNORED_UNKNOWN");
    assertThat(
            as(Api.newUser("ADMIN"))
                .get("/api/v1/admin/webhook-events?outcome=APPLIED&type=" + type)
                .<Integer>path("total"))
        .isZero();
  }

  @Test
  void aBadSignatureIs400AndLeavesNoRow() {
    String type = uniqueType();
    String event = unknownEvent(type);

    assertProblem(
        deliver(PLATFORM, event, signature(event, "whsec_not_the_secret")),
        400,
        "invalid-signature");
    assertProblem(deliver(PLATFORM, event, null), 400, "invalid-signature");
    assertNoRowOfType(type);
  }

  @Test
  void theOtherEndpointsSecretIs400AndLeavesNoRow() {
    String type = uniqueType();
    String event = unknownEvent(type);

    assertProblem(
        deliver(CONNECT, event, signature(event, PLATFORM_SECRET)), 400, "invalid-signature");
    assertProblem(
        deliver(PLATFORM, event, signature(event, CONNECT_SECRET)), 400, "invalid-signature");
    assertNoRowOfType(type);
  }

  @Test
  void aStaleTimestampIs400AndLeavesNoRow() {
    String type = uniqueType();
    String event = unknownEvent(type);
    String old = signature(event, PLATFORM_SECRET, Instant.now().minusSeconds(301));

    assertProblem(deliver(PLATFORM, event, old), 400, "invalid-signature");
    assertNoRowOfType(type);
  }

  @Test
  void aSignedBodyThatIsNotJsonIs400() {
    String body = "{\"id\": \"evt_1\", \"type\": ";

    assertProblem(
        deliver(PLATFORM, body, signature(body, PLATFORM_SECRET)), 400, "malformed-request");
  }

  @Test
  void anOversizeBodyIs400AndLeavesNoRow() {
    String type = uniqueType();
    String padding = "x".repeat(300 * 1024);
    String event =
        StripeEventTestData.event(
            eventId(), type, null, Instant.now(), "{\"padding\": \"" + padding + "\"}");

    assertProblem(
        deliver(PLATFORM, event, signature(event, PLATFORM_SECRET)), 400, "malformed-request");
    assertNoRowOfType(type);
  }

  @Test
  void outcomesAreCountedByTypeInTheMetrics() {
    String event = unknownEvent("it.metrics");
    deliver(PLATFORM, event, signature(event, PLATFORM_SECRET));

    String metrics = given().baseUri(Api.BASE).get("/metrics").asString();

    assertThat(metrics)
        .contains("leaseport_stripe_events")
        .containsPattern("type=\"it.metrics\"")
        .containsPattern("outcome=\"IGNORED_UNKNOWN\"");
  }

  @Test
  void onlyAdminsListTheEvents() {
    assertProblem(as(Api.newUser("OWNER")).get("/api/v1/admin/webhook-events"), 403, "forbidden");
    assertProblem(Api.anonymous().get("/api/v1/admin/webhook-events"), 401, "unauthenticated");
    assertProblem(
        as(Api.newUser("ADMIN")).get("/api/v1/admin/webhook-events?outcome=MAYBE"),
        400,
        "invalid-parameter");
  }

  static Response deliver(String path, String body, String signature) {
    return deliver(Api.BASE, path, body, signature);
  }

  /** Posts {@code body} as Stripe does: raw UTF-8 bytes, signed unless the signature is null. */
  static Response deliver(String base, String path, String body, String signature) {
    var request =
        given()
            .baseUri(base)
            .contentType("application/json; charset=utf-8")
            .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    if (signature != null) {
      request.header("Stripe-Signature", signature);
    }
    return request.post(path);
  }

  private static String uniqueType() {
    return "it." + UUID.randomUUID().toString().replace("-", "");
  }

  private static String unknownEvent(String type) {
    return StripeEventTestData.event(eventId(), type, null, Instant.now(), "{\"id\": \"x\"}");
  }

  private static void assertNoRowOfType(String type) {
    assertThat(
            as(Api.newUser("ADMIN"))
                .get("/api/v1/admin/webhook-events?type=" + type)
                .<Integer>path("total"))
        .isZero();
  }
}
