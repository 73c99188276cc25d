package dev.leaseport.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rate limits over HTTP, on a production server of their own with small limits (the shared
 * integration-test server keeps generous ones, so the other tests are never throttled): 5 requests
 * per 10 s per caller and per address, 2 per 10 s on a route named strict.
 */
class RateLimitsIT {
  private static final int PORT = Integer.getInteger("leaseport.prod-it.http.port", 9182);
  private static ProductionBackends backends;
  private static ProductionServer server;

  @BeforeAll
  static void startAServerWithSmallLimits() throws Exception {
    backends = ProductionBackends.start();
    Map<String, String> environment = new HashMap<>(backends.environment());
    environment.put("LEASEPORT_RATE_LIMIT_CALLER", "5/10s");
    environment.put("LEASEPORT_RATE_LIMIT_ANONYMOUS", "5/10s");
    environment.put("LEASEPORT_RATE_LIMIT_STRICT", "2/10s");
    environment.put("LEASEPORT_RATE_LIMIT_STRICT_ROUTES", "GET /api/v1/properties");
    server = ProductionServer.start(PORT, environment);
  }

  @AfterAll
  static void stopEverything() throws Exception {
    try (AutoCloseable around = backends;
        AutoCloseable liberty = server) {
      // closed in reverse order: the server, then its database and issuer
    }
  }

  @Test
  void aBurstPastTheLimitIs429WithRetryAfterAndPassesAgainAfterIt() throws Exception {
    String token = backends.issuer.token(TestIssuer.AUDIENCE);

    Response allowed = as(token).get("/api/v1/me");
    Response refused = untilRefused(() -> as(token).get("/api/v1/me"));

    assertThat(allowed.statusCode()).as(allowed.asString()).isEqualTo(200);
    assertThat(allowed.header("RateLimit-Policy")).isEqualTo("\"caller\";q=5;w=10");
    assertThat(allowed.header("RateLimit")).matches("\"caller\";r=4;t=[12]");
    ProblemAssertions.assertProblem(refused, 429, "rate-limited");
    assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"caller\";q=5;w=10");
    assertThat(refused.header("RateLimit")).matches("\"caller\";r=0;t=\\d+");
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertThat(retryAfter).isBetween(1L, 2L);

    Thread.sleep(retryAfter * 1000 + 100);

    Response again = as(token).get("/api/v1/me");
    assertThat(again.statusCode()).as(again.asString()).isEqualTo(200);
  }

  @Test
  void oneCallersFloodDoesNotLimitAnotherCaller() {
    String flooder = backends.issuer.token(TestIssuer.AUDIENCE);
    String other = backends.issuer.token(TestIssuer.AUDIENCE);

    untilRefused(() -> as(flooder).get("/api/v1/me"));

    Response others = as(other).get("/api/v1/me");
    assertThat(others.statusCode()).as(others.asString()).isEqualTo(200);
    assertThat(others.header("RateLimit")).startsWith("\"caller\";r=4;");
  }

  @Test
  void anXForwardedForFromAnUntrustedPeerIsIgnored() {
    int[] request = {0};

    Response refused =
        untilRefused(
            () ->
                http().header("X-Forwarded-For", "198.51.100." + (++request[0])).get("/api/v1/me"));

    assertThat(request[0]).as("requests before the refusal").isLessThanOrEqualTo(8);
    assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"address\";q=5;w=10");
    Response yetAnotherAddress =
        http().header("X-Forwarded-For", "203.0.113.200").get("/api/v1/me");
    ProblemAssertions.assertProblem(yetAnotherAddress, 429, "rate-limited");
  }

  @Test
  void aStrictRouteHasItsOwnSmallerBucket() {
    String token = backends.issuer.token(TestIssuer.AUDIENCE);

    Response first = as(token).get("/api/v1/properties");
    Response refused = untilRefused(() -> as(token).get("/api/v1/properties"));
    Response elsewhere = as(token).get("/api/v1/me");

    assertThat(first.statusCode()).as(first.asString()).isEqualTo(200);
    assertThat(first.header("RateLimit-Policy")).isEqualTo("\"strict\";q=2;w=10");
    ProblemAssertions.assertProblem(refused, 429, "rate-limited");
    assertThat(elsewhere.statusCode()).as("the caller's own bucket is untouched").isEqualTo(200);
  }

  /** Sends until a 429 comes back (within 20 requests) and returns it. */
  private static Response untilRefused(Supplier<Response> send) {
    for (int i = 0; i < 20; i++) {
      Response response = send.get();
      if (response.statusCode() == 429) {
        return response;
      }
    }
    throw new AssertionError("no 429 within 20 requests");
  }

  private static RequestSpecification as(String token) {
    return http().header("Authorization", "Bearer " + token);
  }

  private static RequestSpecification http() {
    return given().baseUri(server.baseUrl).accept("application/json");
  }
}
