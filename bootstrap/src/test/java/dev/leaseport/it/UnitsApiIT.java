package dev.leaseport.it;

import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class UnitsApiIT {

  @Test
  void aUnitIsCreatedUnderItsPropertyAndReadableFlat() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "With units");

    Response created =
        as(owner)
            .body(Api.unitBody("2B", 145_000))
            .post("/api/v1/properties/" + property + "/units");

    assertThat(created.statusCode()).isEqualTo(201);
    String id = created.path("id");
    assertThat(created.header("Location")).endsWith("/api/v1/units/" + id);
    assertThat(created.<String>path("propertyId")).isEqualTo(property);
    assertThat(created.<Integer>path("rentAmount.amount")).isEqualTo(145_000);
    assertThat(created.<String>path("rentAmount.currency")).isEqualTo("usd");
    assertThat(created.<Float>path("bathrooms")).isEqualTo(1.5f);
    assertThat(created.<String>path("status")).isEqualTo("VACANT");
    as(owner).get("/api/v1/units/" + id).then().statusCode(200).body("unitNumber", equalTo("2B"));
    as(owner).get("/api/v1/properties/" + property).then().body("unitCount", equalTo(1));
  }

  @Test
  void theNestedListShowsOnlyThatPropertysUnitsWithTheTrueTotal() {
    String owner = Api.newUser("OWNER");
    String first = Api.createProperty(owner, "First");
    String second = Api.createProperty(owner, "Second");
    for (int i = 1; i <= 5; i++) {
      Api.createUnit(owner, first, "F" + i, 100_000 + i);
    }
    Api.createUnit(owner, second, "S1", 90_000);

    Response page =
        as(owner).get("/api/v1/properties/" + first + "/units?limit=2&offset=4&sort=unitNumber");

    assertThat(page.<Integer>path("total")).isEqualTo(5);
    assertThat(page.<List<String>>path("data.unitNumber")).containsExactly("F5");
  }

  @Test
  void theFlatListFiltersAcrossTheCallersProperties() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Filtered");
    Api.createUnit(owner, property, "cheap", 50_000);
    Api.createUnit(owner, property, "dear", 300_000);
    as(owner)
        .body(Map.of("unitNumber", "studio", "bedrooms", 0, "rentAmount", Map.of("amount", 40_000)))
        .post("/api/v1/properties/" + property + "/units")
        .then()
        .statusCode(201);

    Response filtered =
        as(owner)
            .get(
                "/api/v1/units?maxRent=100000&minBedrooms=1&propertyId="
                    + property
                    + "&sort=-rentAmount");

    assertThat(filtered.<List<String>>path("data.unitNumber")).containsExactly("cheap");
    assertThat(filtered.<Integer>path("total")).isEqualTo(1);
  }

  @Test
  void aDuplicateUnitNumberInTheSamePropertyIs409() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Dupes");
    Api.createUnit(owner, property, "1", 100_000);

    assertProblem(
        as(owner)
            .body(Api.unitBody("1", 100_000))
            .post("/api/v1/properties/" + property + "/units"),
        409,
        "duplicate");
  }

  @Test
  void updatesHonourIfMatchAndDeleteRemovesTheUnit() {
    String owner = Api.newUser("OWNER");
    String unit = Api.createUnit(owner, Api.createProperty(owner, "P"), "7", 100_000);

    as(owner)
        .header("If-Match", "\"1\"")
        .body(
            Map.of(
                "status", "OCCUPIED", "rentAmount", Map.of("amount", 110_000, "currency", "usd")))
        .patch("/api/v1/units/" + unit)
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("status", equalTo("OCCUPIED"));
    assertProblem(
        as(owner)
            .header("If-Match", "\"1\"")
            .body(Map.of("status", "VACANT"))
            .patch("/api/v1/units/" + unit),
        412,
        "precondition-failed");
    as(owner).delete("/api/v1/units/" + unit).then().statusCode(204);
    assertProblem(as(owner).get("/api/v1/units/" + unit), 404, "not-found");
  }

  @Test
  void invalidUnitFieldsAre422WithTheirJsonPaths() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Validated");

    Response response =
        as(owner)
            .body(
                Map.of(
                    "unitNumber",
                    "",
                    "bedrooms",
                    -1,
                    "bathrooms",
                    1.25,
                    "rentAmount",
                    Map.of("amount", -5, "currency", "usd")))
            .post("/api/v1/properties/" + property + "/units");

    assertProblem(response, 422, "validation-failed");
    assertThat(response.<List<String>>path("errors.field"))
        .containsExactlyInAnyOrder("unitNumber", "bedrooms", "bathrooms", "rentAmount.amount");
    assertProblem(
        as(owner)
            .body(Map.of("unitNumber", "x", "rentAmount", Map.of("amount", 10.5)))
            .post("/api/v1/properties/" + property + "/units"),
        400,
        "malformed-request");
    assertThat(as(owner).get("/api/v1/properties/" + property + "/units").<Integer>path("total"))
        .isZero();
  }

  @Test
  void anotherOwnersUnitIsNotFoundEverywhere() {
    String owner = Api.newUser("OWNER");
    String unit = Api.createUnit(owner, Api.createProperty(owner, "Mine"), "1", 100_000);
    String intruder = Api.newUser("OWNER");

    assertProblem(as(intruder).get("/api/v1/units/" + unit), 404, "not-found");
    assertProblem(
        as(intruder).body(Map.of("status", "VACANT")).patch("/api/v1/units/" + unit),
        404,
        "not-found");
    assertProblem(as(intruder).delete("/api/v1/units/" + unit), 404, "not-found");
    assertThat(as(intruder).get("/api/v1/units").<Integer>path("total")).isZero();
  }

  @Test
  void tenantsCannotWriteUnitsAndSeeNoUnitWithoutALease() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Owned");
    String unit = Api.createUnit(owner, property, "1", 100_000);
    String tenant = Api.newUser("TENANT");

    assertProblem(
        as(tenant).body(Api.unitBody("2", 1)).post("/api/v1/properties/" + property + "/units"),
        403,
        "forbidden");
    assertProblem(as(tenant).get("/api/v1/properties/" + property + "/units"), 403, "forbidden");
    assertProblem(
        as(tenant).body(Map.of("status", "VACANT")).patch("/api/v1/units/" + unit),
        403,
        "forbidden");
    assertProblem(as(tenant).delete("/api/v1/units/" + unit), 403, "forbidden");
    assertProblem(as(tenant).get("/api/v1/units/" + unit), 404, "not-found");
    assertThat(as(tenant).get("/api/v1/units").<Integer>path("total")).isZero();
  }

  @Test
  void everyUnitRouteRequiresAToken() {
    String id = "00000000-0000-0000-0000-000000000001";
    for (String[] route :
        new String[][] {
          {"POST", "/api/v1/properties/" + id + "/units"},
          {"GET", "/api/v1/properties/" + id + "/units"},
          {"GET", "/api/v1/units"},
          {"GET", "/api/v1/units/" + id},
          {"PATCH", "/api/v1/units/" + id},
          {"DELETE", "/api/v1/units/" + id}
        }) {
      assertProblem(Api.anonymous().body("{}").request(route[0], route[1]), 401, "unauthenticated");
    }
  }

  @Test
  void aUnitIdThatIsNotAUuidIsNotFoundOnEveryRoute() {
    String owner = Api.newUser("OWNER");

    assertProblem(as(owner).get("/api/v1/units/42"), 404, "not-found");
    assertProblem(
        as(owner).body(Map.of("squareFeet", 1)).patch("/api/v1/units/42"), 404, "not-found");
    assertProblem(as(owner).delete("/api/v1/units/42"), 404, "not-found");
    assertProblem(as(owner).get("/api/v1/properties/42/units"), 404, "not-found");
    assertProblem(
        as(owner).body(Api.unitBody("1", 100_000)).post("/api/v1/properties/42/units"),
        404,
        "not-found");
  }

  @Test
  void aMergePatchClearsAnOptionalUnitField() {
    String owner = Api.newUser("OWNER");
    String unit = Api.createUnit(owner, Api.createProperty(owner, "Merge"), "1", 100_000);

    as(owner)
        .contentType("application/merge-patch+json; charset=utf-8")
        .body("{\"bedrooms\": null, \"rentAmount\": {\"amount\": 120000}}")
        .patch("/api/v1/units/" + unit)
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("bedrooms", equalTo(null))
        .body("rentAmount.amount", equalTo(120000))
        .body("rentAmount.currency", equalTo("usd"));
  }
}
