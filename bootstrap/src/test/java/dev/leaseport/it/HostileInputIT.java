package dev.leaseport.it;

import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bodies, headers and parameters a hostile or broken client sends: each is a 4xx problem, never a
 * 500, and never a stack trace in the server log.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

  private static final String PROPERTY =
      "{\"name\": \"Charset\", \"address\": {\"line1\": \"1 Main St\", \"city\": \"Town\"},"
          + " \"propertyType\": \"CONDO\"}";

  @Test
  void nestingDeeperThanTheParserAllowsIsMalformed() {
    String deep = "[".repeat(1001) + "]".repeat(1001);

    assertMalformedAndNotLogged(Api.newUser("OWNER"), "{\"name\": " + deep + "}");
  }

  @Test
  void nestingDeeperThanSixtyFourLevelsIsMalformedBeforeTheFieldsAreRead() {
    String deep = "[".repeat(65) + "]".repeat(65);

    Response response = postProperty(Api.newUser("OWNER"), "{\"name\": " + deep + "}", requestId());

    assertProblem(response, 400, "malformed-request");
    assertThat(response.<String>path("detail")).contains("nest");
  }

  @Test
  void aNumberLongerThanTheParserAllowsIsMalformedEvenInAnUnknownField() {
    String owner = Api.newUser("OWNER");
    String digits = "1".repeat(1200);

    assertMalformedAndNotLogged(owner, "{\"unknown\": " + digits + "}");
    assertMalformedAndNotLogged(owner, "{\"name\": " + digits + "}");
  }

  @Test
  void anExponentTooLargeForANumberIsMalformedAnywhereInTheBody() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Exponents");
    String units = "/api/v1/properties/" + property + "/units";

    assertMalformedAndNotLogged(owner, "{\"unknown\": 1e9999999999}");
    for (String body :
        List.of(
            "{\"unitNumber\": \"1\", \"bedrooms\": 1e9999999999, \"rentAmount\": {\"amount\": 1}}",
            "{\"unitNumber\": \"1\", \"rentAmount\": {\"amount\": 1e9999999999}}",
            "{\"unitNumber\": \"1\", \"bathrooms\": 1e-9999999999, \"rentAmount\": {\"amount\": 1}}",
            "{\"unitNumber\": \"1\", \"bedrooms\": 1e999999999, \"rentAmount\": {\"amount\": 1}}")) {
      String id = requestId();
      assertProblem(
          as(owner).header("X-Request-Id", id).body(body).post(units), 400, "malformed-request");
      ServerLog.assertNothingLoggedFor(id);
    }
  }

  @Test
  void aHugeButReadableBathroomCountIsAValidationFailure() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Bathrooms");

    Response response =
        as(owner)
            .body(
                "{\"unitNumber\": \"1\", \"bathrooms\": 1e999999999, \"rentAmount\": {\"amount\":"
                    + " 1}}")
            .post("/api/v1/properties/" + property + "/units");

    assertProblem(response, 422, "validation-failed");
    assertThat(response.<List<String>>path("errors.field")).containsExactly("bathrooms");
  }

  @Test
  void anUnknownCharsetIsMalformedNotA500() {
    String id = requestId();

    RawHttp.Answer answer =
        RawHttp.post(
            "/api/v1/properties",
            Api.newUser("OWNER"),
            "application/json; charset=bogus",
            id,
            PROPERTY);

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("\"code\":\"malformed-request\"");
    ServerLog.assertNothingLoggedFor(id);
  }

  @Test
  void aRealCharsetOtherThanUtf8IsUnsupported() {
    RawHttp.Answer answer =
        RawHttp.post(
            "/api/v1/properties",
            Api.newUser("OWNER"),
            "application/json; charset=ISO-8859-1",
            requestId(),
            PROPERTY);

    assertThat(answer.status()).as(answer.body()).isEqualTo(415);
    assertThat(answer.body()).contains("\"code\":\"unsupported-media-type\"");
  }

  @Test
  void utf8InAnyCaseIsStillAccepted() {
    RawHttp.Answer answer =
        RawHttp.post(
            "/api/v1/properties",
            Api.newUser("OWNER"),
            "application/json; charset=\"utf-8\"",
            requestId(),
            PROPERTY);

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
  }

  @Test
  void aClientThatHangsUpMidBodyLeavesNoStackTraceAndAHealthyServer() throws Exception {
    String owner = Api.newUser("OWNER");
    String id = requestId();

    RawHttp.hangUpMidBody("/api/v1/properties", owner, id, 1000, "{\"name\": \"Half");

    ServerLog.assertNothingLoggedWithin(id, 3_000);
    assertThat(as(owner).get("/api/v1/properties").statusCode()).isEqualTo(200);
  }

  @Test
  void minBedroomsOutsideTheBedroomsRangeIsAnInvalidParameterNotAWrappedNumber() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Wrapping");
    Api.createUnit(owner, property, "1", 100_000);

    for (String query : List.of("minBedrooms=65536", "minBedrooms=-1", "minBedrooms=101")) {
      Response flat = as(owner).get("/api/v1/units?" + query);
      assertProblem(flat, 400, "invalid-parameter");
      assertThat(flat.<String>path("detail")).contains("minBedrooms");
      Response nested = as(owner).get("/api/v1/properties/" + property + "/units?" + query);
      assertProblem(nested, 400, "invalid-parameter");
    }
    assertThat(as(owner).get("/api/v1/units?minBedrooms=100").<Integer>path("total")).isZero();
  }

  @Test
  void maxRentAndOffsetOutsideTheirRangesAreInvalidParameters() {
    String owner = Api.newUser("OWNER");

    for (String query :
        List.of("maxRent=-1", "maxRent=10000000001", "maxRent=99999999999999999999")) {
      Response response = as(owner).get("/api/v1/units?" + query);
      assertProblem(response, 400, "invalid-parameter");
      assertThat(response.<String>path("detail")).contains("maxRent");
    }
    Response offset = as(owner).get("/api/v1/properties?offset=1000001");
    assertProblem(offset, 400, "invalid-parameter");
    assertThat(offset.<String>path("detail")).contains("offset");
  }

  @Test
  void aRentOfZeroIsRefusedOnCreateAndOnPatch() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Free rent");

    Response create =
        as(owner).body(Api.unitBody("0", 0)).post("/api/v1/properties/" + property + "/units");
    assertProblem(create, 422, "validation-failed");
    assertThat(create.<List<String>>path("errors.field")).containsExactly("rentAmount.amount");

    String unit = Api.createUnit(owner, property, "1", 100_000);
    Response patch =
        as(owner)
            .body(Map.of("rentAmount", Map.of("amount", 0, "currency", "usd")))
            .patch("/api/v1/units/" + unit);
    assertProblem(patch, 422, "validation-failed");
    assertThat(patch.<List<String>>path("errors.field")).containsExactly("rentAmount.amount");
  }

  @Test
  void anotherOwnersPropertyIsNotFoundWhetherOrNotItHasThatUnitNumber() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Mine");
    Api.createUnit(owner, property, "1A", 100_000);
    String stranger = Api.newUser("OWNER");

    for (String number : List.of("1A", "9Z")) {
      assertProblem(
          as(stranger)
              .body(Api.unitBody(number, 100_000))
              .post("/api/v1/properties/" + property + "/units"),
          404,
          "not-found");
    }
  }

  private static void assertMalformedAndNotLogged(String owner, String body) {
    String id = requestId();
    assertProblem(postProperty(owner, body, id), 400, "malformed-request");
    ServerLog.assertNothingLoggedFor(id);
  }

  private static Response postProperty(String owner, String body, String requestId) {
    return as(owner).header("X-Request-Id", requestId).body(body).post("/api/v1/properties");
  }

  private static String requestId() {
    return "hostile-" + UUID.randomUUID();
  }
}
