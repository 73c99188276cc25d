package dev.leaseport.it;

import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
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

  @Test
  void theApiDocumentShowsEveryRequestSchemaWithItsExample() {
    io.restassured.path.json.JsonPath document = apiDocument();

    for (String schema :
        List.of("NewProperty", "PropertyPatch", "NewUnit", "UnitPatch", "ProfilePatch")) {
      assertThat(document.getMap("components.schemas." + schema + ".properties"))
          .as(schema)
          .isNotEmpty();
      assertThat(document.<Object>get("components.schemas." + schema + ".example"))
          .as(schema)
          .isNotNull();
    }
    assertThat(document.getMap("components.schemas.PropertyJson.properties"))
        .as("response records show their fields too")
        .containsKeys("id", "address", "version");
    assertThat(document.getList("components.schemas.NewProperty.required"))
        .contains("name", "address", "propertyType");
    assertThat(document.getString("components.schemas.NewAddress.properties.city.type"))
        .isEqualTo("string");
    assertThat(document.getString("components.schemas.PropertyPatch.properties.name.type"))
        .isEqualTo("string");
    assertThat(document.getMap("paths.'/api/v1/properties/{id}'.patch.requestBody.content"))
        .containsKeys("application/json", "application/merge-patch+json");
  }

  @Test
  void theApiDocumentDeclaresSecurityAndProblemAnswersForEveryOperation() {
    io.restassured.path.json.JsonPath document = apiDocument();
    Map<String, Map<String, Object>> paths = document.getMap("paths");

    assertThat(document.getMap("components.schemas.Problem.properties"))
        .containsKeys("type", "title", "status", "detail", "code", "requestId", "errors");
    int operations = 0;
    for (var path : paths.entrySet()) {
      for (String method : path.getValue().keySet()) {
        String at = "paths.'" + path.getKey() + "'." + method;
        Map<String, Object> responses = document.getMap(at + ".responses");
        assertThat(responses).as(at).containsKey("400");
        assertThat(
                document.<Object>get(
                    at + ".responses.'400'.content.'application/problem+json'.schema"))
            .as(at)
            .isNotNull();
        if (path.getKey().startsWith("/api/v1/dev")) {
          continue;
        }
        operations++;
        assertThat(responses).as(at).containsKeys("401", "403");
        assertThat(document.getList(at + ".security")).as(at).isNotEmpty();
        if (path.getKey().contains("{")) {
          assertThat(responses).as(at).containsKey("404");
        }
        if (method.equals("patch")) {
          assertThat(responses).as(at).containsKeys("409", "412", "413", "415", "422");
        }
      }
    }
    assertThat(operations).isGreaterThanOrEqualTo(13);
    assertThat(document.getMap("paths.'/api/v1/properties'.post.responses"))
        .containsKeys("201", "409", "413", "415", "422");
  }

  private static io.restassured.path.json.JsonPath apiDocument() {
    return given()
        .baseUri(Api.BASE)
        .get("/openapi?format=JSON")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
