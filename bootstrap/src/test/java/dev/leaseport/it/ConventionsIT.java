package dev.leaseport.it;

import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The HTTP conventions every endpoint shares (docs/api-guide.md), checked from outside. */
@ExtendWith(ArquillianExtension.class)
class ConventionsIT {

  @Test
  void unknownRoutesAnywhereAreProblemNotFound() {
    assertProblem(as(Api.newUser("OWNER")).get("/api/v1/no-such-thing"), 404, "not-found");
    assertProblem(given().baseUri(Api.BASE).get("/definitely/not/here"), 404, "not-found");
  }

  @Test
  void aWrongMethodIs405() {
    assertProblem(as(Api.newUser("OWNER")).put("/api/v1/properties"), 405, "method-not-allowed");
  }

  @Test
  void anUnacceptableAcceptHeaderIs406() {
    Response response =
        given()
            .baseUri(Api.BASE)
            .header("Authorization", "Bearer " + Api.newUser("OWNER"))
            .accept("application/xml")
            .get("/api/v1/properties");
    assertProblem(response, 406, "not-acceptable");
  }

  @Test
  void aBodyThatIsNotJsonIs415() {
    Response response =
        given()
            .baseUri(Api.BASE)
            .header("Authorization", "Bearer " + Api.newUser("OWNER"))
            .contentType("text/plain")
            .body("name=x")
            .post("/api/v1/properties");
    assertProblem(response, 415, "unsupported-media-type");
  }

  @Test
  void aBodyOverOneMebibyteIs413() {
    String huge = "{\"name\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}";
    assertProblem(
        as(Api.newUser("OWNER")).body(huge).post("/api/v1/properties"), 413, "payload-too-large");
  }

  @Test
  void textTheDatabaseCannotStoreIsRefusedNotA500() {
    String owner = Api.newUser("OWNER");
    Response body =
        as(owner)
            .body(
                "{\"name\": \"a\\u0000b\", \"address\": {\"line1\": \"x\", \"city\": \"y\"},"
                    + " \"propertyType\": \"CONDO\"}")
            .post("/api/v1/properties");
    assertProblem(body, 422, "validation-failed");
    assertThat(body.<java.util.List<String>>path("errors.field")).containsExactly("name");
    assertProblem(
        as(owner).urlEncodingEnabled(false).get("/api/v1/properties?q=a%00b"),
        400,
        "invalid-parameter");
  }

  @Test
  void anEmptyBodyIs400() {
    assertProblem(
        as(Api.newUser("OWNER")).body("").post("/api/v1/properties"), 400, "malformed-request");
  }

  @Test
  void successfulResponsesAreCamelCaseJsonWithIsoTimestamps() {
    String owner = Api.newUser("OWNER");
    Response created = as(owner).body(Api.propertyBody("Shape")).post("/api/v1/properties");
    assertThat(created.contentType()).startsWith("application/json");
    assertThat(created.<String>path("createdAt"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
    assertThat(created.asString())
        .contains("\"propertyType\"")
        .contains("\"unitCount\"")
        .doesNotContain("property_type");
  }
}
