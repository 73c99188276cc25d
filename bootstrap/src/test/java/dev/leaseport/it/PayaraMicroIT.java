package dev.leaseport.it;

import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WAR Liberty runs, byte for byte, deployed on Payara Micro 6 in production mode: a database
 * with real passwords, tokens from an external issuer. What is Liberty's lives in server.xml; what
 * is Payara's lives in its command files; the WAR only names its two data sources by JNDI.
 */
class PayaraMicroIT {
  private static final int PORT = Integer.getInteger("leaseport.payara-it.http.port", 9185);
  private static ProductionBackends backends;
  private static PayaraMicro payara;

  @BeforeAll
  static void startPayaraMicro() throws Exception {
    backends = ProductionBackends.start();
    payara = PayaraMicro.launch(PORT, backends.environment());
    Duration ready = payara.awaitReady();
    System.out.printf("Payara Micro: ready %d ms after java -jar%n", ready.toMillis());
  }

  @AfterAll
  static void stopEverything() throws Exception {
    try (AutoCloseable around = backends;
        AutoCloseable server = payara) {
      // closed in reverse order: the server, then its database and issuer
    }
  }

  @Test
  void theSameWarGetsReadyAndServesTheApiWithProblemJsonErrors() {
    given()
        .baseUri(payara.baseUrl)
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"));
    String token = backends.issuer.token(TestIssuer.AUDIENCE);

    Response created =
        as(token).body(Api.propertyBody("Portable Court")).post("/api/v1/properties");
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    String id = created.path("id");
    assertThat(created.header("Location")).endsWith("/api/v1/properties/" + id);
    Response list = as(token).get("/api/v1/properties");
    Response unknown = as(token).get("/api/v1/properties/" + UUID.randomUUID());

    assertThat(list.statusCode()).as(list.asString()).isEqualTo(200);
    assertThat(list.<List<String>>path("data.id")).containsExactly(id);
    assertThat(list.<Integer>path("total")).isEqualTo(1);
    assertProblem(unknown, 404, "not-found");
  }

  @Test
  void aTokenForAnotherAudienceIsAProblemJson401() {
    Response me = as(backends.issuer.token("another-app")).get("/api/v1/me");

    assertProblem(me, 401, "unauthenticated");
  }

  @Test
  void theErrorConventionsHoldOnJerseyToo() {
    String token = backends.issuer.token(TestIssuer.AUDIENCE);

    assertProblem(as(token).get("/api/v1/no-such-thing"), 404, "not-found");
    assertProblem(given().baseUri(payara.baseUrl).get("/definitely/not/here"), 404, "not-found");
    assertProblem(as(token).put("/api/v1/properties"), 405, "method-not-allowed");
    assertProblem(as(token).get("/application.wadl"), 404, "not-found");
    assertProblem(
        as(token).contentType("text/plain").body("name=x").post("/api/v1/properties"),
        415,
        "unsupported-media-type");
    assertProblem(as(token).body("").post("/api/v1/properties"), 400, "malformed-request");
    assertProblem(
        as(token)
            .body("{\"name\": " + "[".repeat(65) + "]".repeat(65) + "}")
            .post("/api/v1/properties"),
        400,
        "malformed-request");
    assertProblem(as(token).get("/api/v1/units?minBedrooms=65536"), 400, "invalid-parameter");
  }

  @Test
  void everyResourceMethodDeclaresItsCallersOnJerseyToo() throws Exception {
    assertThat(payara.output()).doesNotContain("declares neither @AllowedUserTypes nor");
  }

  @Test
  void itListensOnLoopbackOnlyAndHoldsNoUdpSocketSoItCannotMulticast() throws Exception {
    List<ProcessSockets.Socket> sockets = ProcessSockets.of(payara.pid());

    assertThat(sockets).as("the HTTP listener").anyMatch(s -> s.listening() && s.port() == PORT);
    assertThat(sockets)
        .filteredOn(ProcessSockets.Socket::listening)
        .allMatch(s -> s.address().isLoopbackAddress(), "listens on loopback");
    assertThat(sockets).noneMatch(s -> s.protocol().startsWith("udp"));
  }

  @Test
  void theDatabasePasswordsNeverReachTheServerOutput() throws Exception {
    assertThat(payara.output())
        .doesNotContain(backends.requestPassword)
        .doesNotContain(backends.systemPassword);
  }

  private static RequestSpecification as(String token) {
    return given()
        .baseUri(payara.baseUrl)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON)
        .header("Authorization", "Bearer " + token);
  }
}
