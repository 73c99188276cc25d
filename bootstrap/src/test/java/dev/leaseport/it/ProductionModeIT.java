package dev.leaseport.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server as a deployment runs it: production mode, an external database with real passwords,
 * tokens from an external issuer. Local mode's token route must not exist there at all.
 */
class ProductionModeIT {
  private static final int PORT = Integer.getInteger("leaseport.prod-it.http.port", 9182);
  private static final String DEV_TOKENS = "/api/v1/dev/tokens";
  private static ProductionBackends backends;
  private static ProductionServer server;

  @BeforeAll
  static void startProductionServer() throws Exception {
    backends = ProductionBackends.start();
    server = ProductionServer.start(PORT, backends.environment());
  }

  @AfterAll
  static void stopEverything() throws Exception {
    try (AutoCloseable around = backends;
        AutoCloseable liberty = server) {
      // closed in reverse order: the server, then its database and issuer
    }
  }

  @Test
  void theDevTokenRouteAnswersEveryMethodAndMediaTypeExactlyLikeAnUnknownRoute() {
    for (String method : new String[] {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"}) {
      assertLikeAnUnknownRoute(
          method,
          http()
              .contentType("application/json")
              .body("{\"userType\":\"ADMIN\",\"email\":\"a@b.c\"}"));
      assertLikeAnUnknownRoute(method, http().contentType("text/plain").body("hello"));
      assertLikeAnUnknownRoute(method, http());
    }
  }

  @Test
  void otherSpellingsOfTheDevTokenRouteAreUnknownToo() {
    for (String path :
        new String[] {
          DEV_TOKENS + "/", DEV_TOKENS + ";v=1", "/api/v1/%64ev/tokens", "/api//v1/dev/tokens"
        }) {
      Response response =
          http()
              .urlEncodingEnabled(false)
              .contentType("application/json")
              .body("{\"userType\":\"ADMIN\",\"email\":\"a@b.c\"}")
              .post(path);
      assertThat(response.statusCode()).as(path + ": " + response.asString()).isEqualTo(404);
      ProblemAssertions.assertProblem(response, 404, "not-found");
    }
  }

  @Test
  void theDevTokenRouteIsNotInTheApiDocument() {
    String document = http().get("/openapi").then().statusCode(200).extract().asString();

    assertThat(document).contains("/api/v1/properties").doesNotContain("/api/v1/dev");
  }

  @Test
  void aTokenFromTheConfiguredIssuerAndAudienceIsAccepted() {
    Response me =
        http()
            .header("Authorization", "Bearer " + backends.issuer.token(TestIssuer.AUDIENCE))
            .get("/api/v1/me");

    assertThat(me.statusCode()).as(me.asString()).isEqualTo(200);
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    Response me =
        http()
            .header("Authorization", "Bearer " + backends.issuer.token("another-app"))
            .get("/api/v1/me");

    ProblemAssertions.assertProblem(me, 401, "unauthenticated");
  }

  @Test
  void withoutStripeKeysEveryPaymentEndpointIsNotConfiguredAndAllElseWorks() {
    String token = backends.issuer.token(TestIssuer.AUDIENCE);
    for (String path :
        new String[] {"/api/v1/connect/account", "/api/v1/connect/onboarding-link"}) {
      ProblemAssertions.assertProblem(
          http().header("Authorization", "Bearer " + token).post(path),
          503,
          "payments-not-configured");
    }
    ProblemAssertions.assertProblem(
        http().header("Authorization", "Bearer " + token).get("/api/v1/connect/account"),
        503,
        "payments-not-configured");
    ProblemAssertions.assertProblem(
        http()
            .contentType("application/json")
            .header("Stripe-Signature", "t=1,v1=00")
            .body("{}")
            .post("/api/v1/webhooks/stripe"),
        503,
        "payments-not-configured");
    assertThat(
            http()
                .header("Authorization", "Bearer " + token)
                .get("/api/v1/properties")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void withoutBillingConfiguredBillingIsNotConfiguredAndNoPlanLimitApplies() {
    String token = backends.issuer.token(TestIssuer.AUDIENCE);
    for (String path : new String[] {"/api/v1/billing/plans", "/api/v1/billing/subscription"}) {
      ProblemAssertions.assertProblem(
          http().header("Authorization", "Bearer " + token).get(path),
          503,
          "payments-not-configured");
    }
    ProblemAssertions.assertProblem(
        http().header("Authorization", "Bearer " + token).post("/api/v1/billing/portal-session"),
        503,
        "payments-not-configured");
    // The free plan allows 1 property where billing is on; here there is no limit at all.
    for (int i = 0; i < 2; i++) {
      assertThat(
              http()
                  .header("Authorization", "Bearer " + token)
                  .contentType("application/json")
                  .body(Api.propertyBody("Unlimited " + i))
                  .post("/api/v1/properties")
                  .statusCode())
          .isEqualTo(201);
    }
  }

  private static void assertLikeAnUnknownRoute(String method, RequestSpecification request) {
    Response devTokens = request.request(method, DEV_TOKENS);
    Response unknown = http().request(method, "/api/v1/no/such/route");

    String context = method + " " + DEV_TOKENS + ": " + devTokens.asString();
    assertThat(devTokens.statusCode()).as(context).isEqualTo(404);
    ProblemAssertions.assertProblem(devTokens, 404, "not-found");
    assertThat(devTokens.contentType()).as(context).isEqualTo(unknown.contentType());
    assertThat(devTokens.header("Allow")).as(context).isNull();
    assertThat(withoutRequestSpecifics(devTokens))
        .as(context)
        .isEqualTo(withoutRequestSpecifics(unknown));
  }

  /** The body without what names this very request (its id and path). */
  private static Map<String, Object> withoutRequestSpecifics(Response response) {
    Map<String, Object> body = new HashMap<>(response.jsonPath().getMap("$"));
    body.remove("requestId");
    body.remove("instance");
    return body;
  }

  private static RequestSpecification http() {
    return given().baseUri(server.baseUrl);
  }
}
