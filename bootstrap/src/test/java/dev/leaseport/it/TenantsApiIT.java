package dev.leaseport.it;

import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.rest.ApiExamples;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class TenantsApiIT {

  @Test
  void creatingATenantAnswers201WithLocationETagAndAnUnlinkedRecord() {
    String owner = Api.newUser("OWNER");

    Response created = as(owner).body(ApiExamples.NEW_TENANT).post("/api/v1/tenants");

    assertThat(created.statusCode()).isEqualTo(201);
    String id = created.path("id");
    assertThat(created.header("Location")).endsWith("/api/v1/tenants/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"1\"");
    assertThat(created.<String>path("status")).isEqualTo("ACTIVE");
    assertThat(created.jsonPath().getMap("")).containsKey("userId");
    assertThat(created.<String>path("userId")).isNull();
    assertThat(as(owner).get("/api/v1/tenants/" + id).<String>path("email"))
        .isEqualTo("ana.lima@example.com");
  }

  @Test
  void theSameEmailInAnotherCaseIsADuplicate() {
    String owner = Api.newUser("OWNER");
    Api.createTenant(owner, "Ana", "Lima", "ana@example.test");

    assertProblem(
        as(owner).body(tenantBody("Ana", "Again", "ANA@Example.Test")).post("/api/v1/tenants"),
        409,
        "duplicate");
  }

  @Test
  void userIdCannotBeWrittenOnCreateOrPatch() {
    String owner = Api.newUser("OWNER");
    String id = Api.createTenant(owner, "Ana", "Lima", "ana@example.test");
    Map<String, Object> withUser = new java.util.HashMap<>(tenantBody("Eve", "X", "eve@x.test"));
    withUser.put("userId", "00000000-0000-0000-0000-000000000001");

    assertProblem(as(owner).body(withUser).post("/api/v1/tenants"), 400, "malformed-request");
    assertProblem(
        as(owner)
            .body(Map.of("userId", "00000000-0000-0000-0000-000000000001"))
            .patch("/api/v1/tenants/" + id),
        400,
        "malformed-request");
    assertThat(as(owner).get("/api/v1/tenants/" + id).<String>path("userId")).isNull();
  }

  @Test
  void patchHonoursIfMatchAndArchiveIsIdempotent() {
    String owner = Api.newUser("OWNER");
    String id = Api.createTenant(owner, "Ana", "Lima", "ana@example.test");

    as(owner)
        .header("If-Match", "\"1\"")
        .body(ApiExamples.TENANT_PATCH)
        .patch("/api/v1/tenants/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"");
    assertProblem(
        as(owner)
            .header("If-Match", "\"1\"")
            .body(Map.of("firstName", "Stale"))
            .patch("/api/v1/tenants/" + id),
        412,
        "precondition-failed");
    Response archived = as(owner).post("/api/v1/tenants/" + id + "/archive");
    assertThat(archived.<String>path("status")).isEqualTo("ARCHIVED");
    assertThat(as(owner).post("/api/v1/tenants/" + id + "/archive").header("ETag"))
        .isEqualTo(archived.header("ETag"));
  }

  @Test
  void notesAreTheOwnersToWriteReadAndClearWithNull() {
    String owner = Api.newUser("OWNER");
    Map<String, Object> withNotes = new java.util.HashMap<>(tenantBody("Ana", "Lima", "a@x.test"));
    withNotes.put("notes", "Pays on the 3rd");

    Response created = as(owner).body(withNotes).post("/api/v1/tenants");
    String id = created.path("id");

    assertThat(created.<String>path("notes")).isEqualTo("Pays on the 3rd");
    assertThat(as(owner).get("/api/v1/tenants/" + id).<String>path("notes"))
        .isEqualTo("Pays on the 3rd");
    assertThat(as(owner).get("/api/v1/tenants").<List<String>>path("data.notes"))
        .containsExactly("Pays on the 3rd");
    Response cleared =
        as(owner)
            .header("If-Match", "\"1\"")
            .body("{\"notes\": null}")
            .patch("/api/v1/tenants/" + id);
    assertThat(cleared.statusCode()).isEqualTo(200);
    assertThat(cleared.header("ETag")).isEqualTo("\"2\"");
    assertThat(cleared.jsonPath().getMap("")).containsEntry("notes", null);
    assertThat(as(owner).get("/api/v1/tenants/" + id).<String>path("notes")).isNull();
  }

  @Test
  void listSearchesNamesAndEmailFiltersByStatusAndCarriesTheTrueTotal() {
    String owner = Api.newUser("OWNER");
    Api.createTenant(owner, "Ana", "Lima", "ana@example.test");
    Api.createTenant(owner, "Bo", "Anders", "bo@banana.test");
    String archived = Api.createTenant(owner, "Cy", "Young", "cy@anagram.test");
    as(owner).post("/api/v1/tenants/" + archived + "/archive").then().statusCode(200);
    Api.createTenant(Api.newUser("OWNER"), "Ana", "Other", "ana@example.test");

    Response found = as(owner).get("/api/v1/tenants?q=ana&status=ACTIVE&sort=-lastName&limit=1");

    assertThat(found.<Integer>path("total")).isEqualTo(2);
    assertThat(found.<List<String>>path("data.lastName")).containsExactly("Lima");
    assertProblem(as(owner).get("/api/v1/tenants?sort=userId"), 400, "invalid-parameter");
    assertProblem(as(owner).get("/api/v1/tenants?status=GONE"), 400, "invalid-parameter");
  }

  @Test
  void aTenantCallerIsForbiddenOnEveryTenantRoute() {
    String owner = Api.newUser("OWNER");
    String id = Api.createTenant(owner, "Ana", "Lima", "ana@example.test");
    String renter = Api.newUser("TENANT");

    assertProblem(as(renter).get("/api/v1/tenants"), 403, "forbidden");
    assertProblem(
        as(renter).body(ApiExamples.NEW_TENANT).post("/api/v1/tenants"), 403, "forbidden");
    assertProblem(as(renter).get("/api/v1/tenants/" + id), 403, "forbidden");
    assertProblem(
        as(renter).body(Map.of("firstName", "X")).patch("/api/v1/tenants/" + id), 403, "forbidden");
    assertProblem(as(renter).post("/api/v1/tenants/" + id + "/archive"), 403, "forbidden");
  }

  @Test
  void anotherOwnersRecordIsNotFoundForEveryRoute() {
    String id = Api.createTenant(Api.newUser("OWNER"), "Ana", "Lima", "ana@example.test");
    String other = Api.newUser("OWNER");

    assertProblem(as(other).get("/api/v1/tenants/" + id), 404, "not-found");
    assertProblem(
        as(other).body(Map.of("firstName", "X")).patch("/api/v1/tenants/" + id), 404, "not-found");
    assertProblem(as(other).post("/api/v1/tenants/" + id + "/archive"), 404, "not-found");
  }

  @Test
  void invalidFieldsAre422WithEachFieldNamed() {
    String owner = Api.newUser("OWNER");

    Response invalid =
        as(owner).body(Map.of("firstName", " ", "email", "not-an-email")).post("/api/v1/tenants");

    assertProblem(invalid, 422, "validation-failed");
    assertThat(invalid.<List<String>>path("errors.field"))
        .containsExactlyInAnyOrder("firstName", "lastName", "email");
  }

  @Test
  void withoutATokenIs401() {
    assertProblem(Api.anonymous().get("/api/v1/tenants"), 401, "unauthenticated");
  }

  static Map<String, Object> tenantBody(String first, String last, String email) {
    return Map.of("firstName", first, "lastName", last, "email", email);
  }
}
