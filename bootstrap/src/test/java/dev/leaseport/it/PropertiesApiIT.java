package dev.leaseport.it;

import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.leaseport.adapters.rest.ApiExamples;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class PropertiesApiIT {

  @Test
  void creatingAPropertyAnswers201WithLocationETagAndTheResource() {
    String owner = Api.newUser("OWNER");
    Response created = as(owner).body(Api.propertyBody("Elm Court")).post("/api/v1/properties");

    assertThat(created.statusCode()).isEqualTo(201);
    String id = created.path("id");
    assertThat(created.header("Location")).endsWith("/api/v1/properties/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"1\"");
    assertThat(created.<String>path("status")).isEqualTo("ACTIVE");
    assertThat(created.<Integer>path("unitCount")).isZero();
    as(owner)
        .get(created.header("Location").replaceFirst("^http://[^/]+", ""))
        .then()
        .statusCode(200)
        .body("name", equalTo("Elm Court"));
  }

  @Test
  void listTotalIsTheTrueCountOfMatchingRowsNotThePageSize() {
    String owner = Api.newUser("OWNER");
    IntStream.range(0, 7).forEach(i -> Api.createProperty(owner, "P" + i));

    Response page = as(owner).get("/api/v1/properties?limit=3&offset=6&sort=-name");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.<Integer>path("total")).isEqualTo(7);
    assertThat(page.<Integer>path("limit")).isEqualTo(3);
    assertThat(page.<Integer>path("offset")).isEqualTo(6);
    assertThat(page.<List<String>>path("data.name")).containsExactly("P0");
    assertThat(as(owner).get("/api/v1/properties?offset=50").<Integer>path("total")).isEqualTo(7);
  }

  @Test
  void listFiltersAndSearchOnlyTheCallersProperties() {
    String owner = Api.newUser("OWNER");
    Api.createProperty(owner, "Harbor View");
    Api.createProperty(owner, "Old Mill");
    String other = Api.newUser("OWNER");
    Api.createProperty(other, "Harbor Lights");

    Response found =
        as(owner).get("/api/v1/properties?q=harbor&propertyType=APARTMENT&status=ACTIVE");

    assertThat(found.<List<String>>path("data.name")).containsExactly("Harbor View");
    assertThat(found.<Integer>path("total")).isEqualTo(1);
  }

  @Test
  void patchChangesOnlyTheGivenFieldsAndBumpsTheVersion() {
    String owner = Api.newUser("OWNER");
    String id = Api.createProperty(owner, "Before");
    as(owner)
        .body(Map.of("description", "Sunny"))
        .patch("/api/v1/properties/" + id)
        .then()
        .statusCode(200);

    Response patched =
        as(owner)
            .header("If-Match", "\"2\"")
            .body(Map.of("name", "After", "address", Map.of("city", "Shelbyville")))
            .patch("/api/v1/properties/" + id);

    assertThat(patched.statusCode()).isEqualTo(200);
    assertThat(patched.<String>path("name")).isEqualTo("After");
    assertThat(patched.<String>path("address.city")).isEqualTo("Shelbyville");
    assertThat(patched.<String>path("address.line1")).isEqualTo("1 Test Street");
    assertThat(patched.<String>path("description")).isEqualTo("Sunny");
    assertThat(patched.header("ETag")).isEqualTo("\"3\"");
  }

  @Test
  void nullClearsAnOptionalFieldButNotARequiredOne() {
    String owner = Api.newUser("OWNER");
    String id = Api.createProperty(owner, "Clearable");
    as(owner)
        .body(Map.of("description", "x"))
        .patch("/api/v1/properties/" + id)
        .then()
        .statusCode(200);

    as(owner)
        .body("{\"description\": null}")
        .patch("/api/v1/properties/" + id)
        .then()
        .statusCode(200)
        .body("description", equalTo(null));
    assertProblem(
        as(owner).body("{\"name\": null}").patch("/api/v1/properties/" + id),
        422,
        "validation-failed");
  }

  @Test
  void aStaleIfMatchIsRefusedWith412AndChangesNothing() {
    String owner = Api.newUser("OWNER");
    String id = Api.createProperty(owner, "Versioned");
    as(owner).body(Map.of("name", "V2")).patch("/api/v1/properties/" + id).then().statusCode(200);

    assertProblem(
        as(owner)
            .header("If-Match", "\"1\"")
            .body(Map.of("name", "Lost"))
            .patch("/api/v1/properties/" + id),
        412,
        "precondition-failed");
    assertProblem(
        as(owner).header("If-Match", "\"1\"").delete("/api/v1/properties/" + id),
        412,
        "precondition-failed");
    as(owner).get("/api/v1/properties/" + id).then().statusCode(200).body("name", equalTo("V2"));
  }

  @Test
  void deleteAnswers204AndThePropertyIsGone() {
    String owner = Api.newUser("OWNER");
    String id = Api.createProperty(owner, "Doomed");
    Api.createUnit(owner, id, "1", 100_000);

    as(owner).delete("/api/v1/properties/" + id).then().statusCode(204);

    assertProblem(as(owner).get("/api/v1/properties/" + id), 404, "not-found");
  }

  @Test
  void archivingAnswersTheArchivedPropertyOnceAndAgainChangesNothing() {
    String owner = Api.newUser("OWNER");
    String id = Api.createProperty(owner, "Retired");
    String archive = "/api/v1/properties/" + id + "/archive";

    Response first = as(owner).post(archive);
    first.then().statusCode(200).body("status", equalTo("ARCHIVED")).body("version", equalTo(2));
    assertThat(first.header("ETag")).isEqualTo("\"2\"");

    as(owner).post(archive).then().statusCode(200).body("version", equalTo(2));
    as(owner)
        .get("/api/v1/properties?status=ARCHIVED")
        .then()
        .body("total", equalTo(1))
        .body("data[0].id", equalTo(id));
  }

  @Test
  void anotherOwnersPropertyIsNotFoundOnEveryRouteAndAbsentFromLists() {
    String owner = Api.newUser("OWNER");
    String id = Api.createProperty(owner, "Mine");
    String intruder = Api.newUser("OWNER");

    assertProblem(as(intruder).get("/api/v1/properties/" + id), 404, "not-found");
    assertProblem(
        as(intruder).body(Map.of("name", "Hijacked")).patch("/api/v1/properties/" + id),
        404,
        "not-found");
    assertProblem(as(intruder).delete("/api/v1/properties/" + id), 404, "not-found");
    assertProblem(as(intruder).post("/api/v1/properties/" + id + "/archive"), 404, "not-found");
    assertProblem(as(intruder).get("/api/v1/properties/" + id + "/units"), 404, "not-found");
    assertProblem(
        as(intruder).body(Api.unitBody("X", 1)).post("/api/v1/properties/" + id + "/units"),
        404,
        "not-found");
    assertThat(as(intruder).get("/api/v1/properties").<Integer>path("total")).isZero();
    as(owner).get("/api/v1/properties/" + id).then().statusCode(200).body("name", equalTo("Mine"));
  }

  @Test
  void tenantsAreForbiddenFromEveryOwnerPropertyRoute() {
    String owner = Api.newUser("OWNER");
    String id = Api.createProperty(owner, "Owned");
    String tenant = Api.newUser("TENANT");

    assertProblem(
        as(tenant).body(Api.propertyBody("Nope")).post("/api/v1/properties"), 403, "forbidden");
    assertProblem(as(tenant).get("/api/v1/properties"), 403, "forbidden");
    assertProblem(as(tenant).get("/api/v1/properties/" + id), 403, "forbidden");
    assertProblem(
        as(tenant).body(Map.of("name", "x")).patch("/api/v1/properties/" + id), 403, "forbidden");
    assertProblem(as(tenant).delete("/api/v1/properties/" + id), 403, "forbidden");
    assertProblem(as(tenant).post("/api/v1/properties/" + id + "/archive"), 403, "forbidden");
  }

  @Test
  void theWrongUserTypeIsForbiddenBeforeTheBodyIsRead() {
    String tenant = Api.newUser("TENANT");
    assertProblem(as(tenant).body("{}").post("/api/v1/properties"), 403, "forbidden");
    assertProblem(as(tenant).body("not json").post("/api/v1/properties"), 403, "forbidden");
    assertProblem(as(tenant).body("{}").patch("/api/v1/properties/not-a-uuid"), 403, "forbidden");
    assertProblem(as(Api.newUser("ADMIN")).get("/api/v1/properties"), 403, "forbidden");
  }

  @Test
  void everyPropertyRouteRequiresAToken() {
    String id = "00000000-0000-0000-0000-000000000001";
    for (String[] route :
        new String[][] {
          {"POST", "/api/v1/properties"},
          {"GET", "/api/v1/properties"},
          {"GET", "/api/v1/properties/" + id},
          {"PATCH", "/api/v1/properties/" + id},
          {"DELETE", "/api/v1/properties/" + id},
          {"POST", "/api/v1/properties/" + id + "/archive"}
        }) {
      Response response = Api.anonymous().body("{}").request(route[0], route[1]);
      assertProblem(response, 401, "unauthenticated");
      assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }
  }

  @Test
  void invalidFieldsAreAllReportedWith422() {
    String owner = Api.newUser("OWNER");
    Response response =
        as(owner)
            .body(
                Map.of(
                    "name",
                    " ",
                    "address",
                    Map.of("line1", "x", "city", "y", "country", "usa"),
                    "propertyType",
                    "CASTLE"))
            .post("/api/v1/properties");

    assertProblem(response, 422, "validation-failed");
    assertThat(response.<List<String>>path("errors.field")).contains("propertyType");
    Response second =
        as(owner)
            .body(
                Map.of(
                    "name",
                    " ",
                    "address",
                    Map.of("line1", "x", "city", "y", "country", "usa"),
                    "propertyType",
                    "CONDO"))
            .post("/api/v1/properties");
    assertThat(second.<List<String>>path("errors.field"))
        .containsExactlyInAnyOrder("name", "address.country");
  }

  @Test
  void malformedBodiesAre400AndCreateNothing() {
    String owner = Api.newUser("OWNER");
    assertProblem(
        as(owner).body("{\"name\": ").post("/api/v1/properties"), 400, "malformed-request");
    assertProblem(as(owner).body("[1,2]").post("/api/v1/properties"), 400, "malformed-request");
    Map<String, Object> unknown = new java.util.HashMap<>(Api.propertyBody("Extra"));
    unknown.put("ownerId", "00000000-0000-0000-0000-000000000001");
    Response unknownField = as(owner).body(unknown).post("/api/v1/properties");
    assertProblem(unknownField, 400, "malformed-request");
    assertThat(unknownField.<String>path("detail")).contains("ownerId");
    Map<String, Object> wrongType = new java.util.HashMap<>(Api.propertyBody("Typed"));
    wrongType.put("name", 42);
    assertProblem(as(owner).body(wrongType).post("/api/v1/properties"), 400, "malformed-request");
    assertThat(as(owner).get("/api/v1/properties").<Integer>path("total")).isZero();
  }

  @Test
  void badListParametersAre400() {
    String owner = Api.newUser("OWNER");
    for (String query :
        List.of("limit=0", "limit=101", "limit=abc", "offset=-1", "sort=ownerId", "status=GONE")) {
      assertProblem(as(owner).get("/api/v1/properties?" + query), 400, "invalid-parameter");
    }
    as(owner)
        .get("/api/v1/properties?limit=100&sort=-createdAt")
        .then()
        .statusCode(200)
        .body("limit", equalTo(100));
  }

  @Test
  void theOpenApiExamplesAreAcceptedAsDocumented() {
    String owner = Api.newUser("OWNER");
    String property =
        as(owner)
            .body(ApiExamples.NEW_PROPERTY)
            .post("/api/v1/properties")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(owner)
        .body(ApiExamples.PROPERTY_PATCH)
        .patch("/api/v1/properties/" + property)
        .then()
        .statusCode(200)
        .body("status", equalTo("ARCHIVED"));
    String unit =
        as(owner)
            .body(ApiExamples.NEW_UNIT)
            .post("/api/v1/properties/" + property + "/units")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(owner)
        .body(ApiExamples.UNIT_PATCH)
        .patch("/api/v1/units/" + unit)
        .then()
        .statusCode(200)
        .body("rentAmount.amount", equalTo(155000));
    as(owner)
        .body(ApiExamples.PROFILE_PATCH)
        .patch("/api/v1/me")
        .then()
        .statusCode(200)
        .body("fullName", equalTo("Ana Lima"));
    Api.anonymous().body(ApiExamples.DEV_TOKEN).post("/api/v1/dev/tokens").then().statusCode(200);
  }

  @Test
  void codesAreStoredInTheirCanonicalCase() {
    String owner = Api.newUser("OWNER");
    Response created =
        as(owner)
            .body(
                Map.of(
                    "name",
                    "Lisbon",
                    "address",
                    Map.of("line1", "Rua 1", "city", "Lisboa", "country", "pt"),
                    "propertyType",
                    "CONDO"))
            .post("/api/v1/properties");
    assertThat(created.<String>path("address.country")).isEqualTo("PT");
    as(owner)
        .body(Map.of("unitNumber", "1", "rentAmount", Map.of("amount", 90_000, "currency", "EUR")))
        .post("/api/v1/properties/" + created.path("id") + "/units")
        .then()
        .statusCode(201)
        .body("rentAmount.currency", equalTo("eur"));
  }

  @Test
  void aPathIdThatIsNotAUuidIsNotFound() {
    assertProblem(as(Api.newUser("OWNER")).get("/api/v1/properties/not-a-uuid"), 404, "not-found");
  }

  @Test
  void responsesCarryARequestIdEchoingTheCallersOne() {
    as(Api.newUser("OWNER"))
        .header("X-Request-Id", "trace-12345678")
        .get("/api/v1/properties")
        .then()
        .statusCode(200)
        .header("X-Request-Id", startsWith("trace-12345678"));
  }

  @Test
  void aMergePatchHasTheSameAbsentAndNullRulesAsAPlainJsonPatch() {
    String owner = Api.newUser("OWNER");
    String id = Api.createProperty(owner, "Merged");
    as(owner).body(Map.of("description", "x")).patch("/api/v1/properties/" + id);

    Response merged =
        as(owner)
            .contentType("application/merge-patch+json; charset=utf-8")
            .body("{\"name\": \"Merged North\", \"description\": null}")
            .patch("/api/v1/properties/" + id);

    assertThat(merged.statusCode()).as(merged.asString()).isEqualTo(200);
    assertThat(merged.<String>path("name")).isEqualTo("Merged North");
    assertThat(merged.<String>path("description")).isNull();
    assertThat(merged.<String>path("address.city")).isEqualTo("Springfield");
    assertThat(merged.header("ETag")).isEqualTo("\"3\"");
    assertProblem(
        as(owner)
            .contentType("application/merge-patch+json; charset=utf-8")
            .body("{\"address\": {\"city\": 5}, \"colour\": \"red\"}")
            .patch("/api/v1/properties/" + id),
        400,
        "malformed-request");
  }

  @Test
  void aMergePatchIsOnlyForPatchACreateStaysJson() {
    assertProblem(
        as(Api.newUser("OWNER"))
            .contentType("application/merge-patch+json; charset=utf-8")
            .body(Api.propertyBody("Not here"))
            .post("/api/v1/properties"),
        415,
        "unsupported-media-type");
  }
}
