package dev.leaseport.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On the shared server: every API answer carries the rate-limit headers, and the document says so.
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitHeadersIT {

  @Test
  void answersOfEveryKindCarryTheRateLimitHeaders() {
    String owner = Api.newUser("OWNER");
    Map<String, Response> answers =
        Map.of(
            "200", Api.as(owner).get("/api/v1/me"),
            "401 without a token", Api.anonymous().get("/api/v1/me"),
            "401 with a bad token", Api.as("not-a-token").get("/api/v1/me"),
            "403", Api.as(owner).get("/api/v1/admin/jobs"),
            "404", Api.as(owner).get("/api/v1/no/such/route"));

    answers.forEach(
        (what, response) -> {
          assertThat(response.header("RateLimit-Policy"))
              .as(what)
              .matches("\"[a-z-]+\";q=\\d+;w=\\d+");
          assertThat(response.header("RateLimit")).as(what).matches("\"[a-z-]+\";r=\\d+;t=\\d+");
        });
    assertThat(answers.get("200").header("RateLimit-Policy")).startsWith("\"caller\";");
    assertThat(answers.get("401 without a token").header("RateLimit-Policy"))
        .startsWith("\"address\";");
  }

  @Test
  void theApiDocumentListsA429AndTheHeadersOnEveryOperation() {
    JsonPath document =
        JsonPath.from(
            given()
                .baseUri(Api.BASE)
                .get("/openapi?format=JSON")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");

    assertThat(paths).isNotEmpty();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  @SuppressWarnings("unchecked")
                  Map<String, Map<String, Object>> responses =
                      (Map<String, Map<String, Object>>) operation.get("responses");
                  String where = method + " " + path;
                  assertThat(responses).as(where).containsKey("429");
                  assertThat(headersOf(responses.get("429")))
                      .as(where)
                      .contains("Retry-After", "RateLimit-Policy", "RateLimit");
                  responses.forEach(
                      (status, response) ->
                          assertThat(headersOf(response))
                              .as(where + " " + status)
                              .contains("RateLimit-Policy", "RateLimit"));
                }));
  }

  @SuppressWarnings("unchecked")
  private static List<String> headersOf(Map<String, Object> response) {
    Object headers = response.get("headers");
    return headers == null ? List.of() : List.copyOf(((Map<String, Object>) headers).keySet());
  }
}
