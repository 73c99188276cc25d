package dev.leaseport.it;

import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.rest.ApiExamples;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /api/v1/expenses} over HTTP: an owner's books, and nobody else's. */
@ExtendWith(ArquillianExtension.class)
class ExpensesApiIT {

  @Test
  void anExpenseIsCreatedReadChangedWithIfMatchAndDeleted() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Elm Court");
    String unit = Api.createUnit(owner, property, "1A", 150_000);

    Response created = create(owner, expense(property, unit, 24_500, "2026-11-20"));

    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    String id = created.path("id");
    assertThat(created.header("Location")).endsWith("/api/v1/expenses/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"1\"");
    assertThat(created.<String>path("propertyId")).isEqualTo(property);
    assertThat(created.<String>path("unitId")).isEqualTo(unit);
    assertThat(created.<String>path("category")).isEqualTo("REPAIRS");
    assertThat(created.<Integer>path("amount.amount")).isEqualTo(24_500);
    assertThat(created.<String>path("amount.currency")).isEqualTo("usd");
    assertThat(created.<String>path("incurredOn")).isEqualTo("2026-11-20");
    assertThat(created.<String>path("vendor")).isEqualTo("Quick Plumbing LLC");
    assertThat(as(owner).get("/api/v1/expenses/" + id).<Integer>path("version")).isEqualTo(1);

    Response changed =
        as(owner)
            .header("If-Match", "\"1\"")
            .contentType("application/merge-patch+json; charset=utf-8")
            .body("{\"category\": \"MAINTENANCE\", \"vendor\": \"Other Plumber\"}")
            .patch("/api/v1/expenses/" + id);
    assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
    assertThat(changed.header("ETag")).isEqualTo("\"2\"");
    assertThat(changed.<String>path("category")).isEqualTo("MAINTENANCE");
    assertProblem(
        as(owner)
            .header("If-Match", "\"1\"")
            .body(Map.of("category", "TAXES"))
            .patch("/api/v1/expenses/" + id),
        412,
        "precondition-failed");
    assertProblem(
        as(owner).header("If-Match", "\"1\"").delete("/api/v1/expenses/" + id),
        412,
        "precondition-failed");

    as(owner).header("If-Match", "\"2\"").delete("/api/v1/expenses/" + id).then().statusCode(204);
    assertProblem(as(owner).get("/api/v1/expenses/" + id), 404, "not-found");
  }

  @Test
  void theListFiltersSortsAndCarriesTheTrueTotal() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Elm Court");
    String unit = Api.createUnit(owner, property, "1A", 150_000);
    String other = Api.createProperty(owner, "Oak House");
    create(owner, expense(property, unit, 300, "2026-01-10")).then().statusCode(201);
    create(owner, expense(property, null, 100, "2026-02-10")).then().statusCode(201);
    create(owner, expense(property, unit, 200, "2026-03-10")).then().statusCode(201);
    create(owner, expense(other, null, 50, "2026-02-15")).then().statusCode(201);
    Map<String, Object> taxes = expense(property, null, 75, "2026-02-20");
    taxes.put("category", "TAXES");
    create(owner, taxes).then().statusCode(201);

    Response page =
        as(owner)
            .get(
                "/api/v1/expenses?propertyId="
                    + property
                    + "&category=REPAIRS&from=2026-01-01&to=2026-02-28&sort=-amount&limit=1");
    Response ofUnit = as(owner).get("/api/v1/expenses?unitId=" + unit + "&sort=incurredOn");
    Response all = as(owner).get("/api/v1/expenses");

    assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
    assertThat(page.<Integer>path("total")).isEqualTo(2);
    assertThat(page.<Integer>path("limit")).isEqualTo(1);
    assertThat(page.<List<Integer>>path("data.amount.amount")).containsExactly(300);
    assertThat(ofUnit.<List<String>>path("data.incurredOn"))
        .containsExactly("2026-01-10", "2026-03-10");
    assertThat(all.<Integer>path("total")).isEqualTo(5);
    assertThat(all.<String>path("data[0].incurredOn")).isEqualTo("2026-03-10");
  }

  @Test
  void anotherOwnersPropertyOrExpenseIsNotFoundAndNothingChanges() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Mine");
    String id = create(owner, expense(property, null, 100, "2026-01-01")).path("id");
    String other = Api.newUser("OWNER");
    String theirs = Api.createProperty(other, "Theirs");
    String theirUnit = Api.createUnit(other, theirs, "9", 100_000);

    assertProblem(create(owner, expense(theirs, null, 100, "2026-01-01")), 404, "not-found");
    assertProblem(create(owner, expense(property, theirUnit, 100, "2026-01-01")), 404, "not-found");
    assertProblem(as(other).get("/api/v1/expenses/" + id), 404, "not-found");
    assertProblem(
        as(other).body(Map.of("category", "TAXES")).patch("/api/v1/expenses/" + id),
        404,
        "not-found");
    assertProblem(as(other).delete("/api/v1/expenses/" + id), 404, "not-found");
    assertProblem(
        as(owner).body(Map.of("propertyId", theirs)).patch("/api/v1/expenses/" + id),
        404,
        "not-found");
    assertThat(as(other).get("/api/v1/expenses").<Integer>path("total")).isZero();
    assertThat(as(owner).get("/api/v1/expenses").<Integer>path("total")).isEqualTo(1);
    assertThat(as(owner).get("/api/v1/expenses/" + id).<String>path("category"))
        .isEqualTo("REPAIRS");
  }

  @Test
  void aUnitOfAnotherPropertyIs422NamingTheUnit() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Elm Court");
    String otherProperty = Api.createProperty(owner, "Oak House");
    String unitElsewhere = Api.createUnit(owner, otherProperty, "B2", 100_000);

    Response refused = create(owner, expense(property, unitElsewhere, 100, "2026-01-01"));

    assertProblem(refused, 422, "validation-failed");
    assertThat(refused.<List<String>>path("errors.field")).containsExactly("unitId");
    assertThat(as(owner).get("/api/v1/expenses").<Integer>path("total")).isZero();
  }

  @Test
  void anExpenseNamesAMaintenanceRequestOfTheOwnerOnly() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Elm Court");
    String unit = Api.createUnit(owner, property, "1A", 150_000);
    String request = maintenanceRequestOf(owner, unit);
    String other = Api.newUser("OWNER");
    String theirRequest =
        maintenanceRequestOf(other, Api.createUnit(other, Api.createProperty(other, "T"), "9", 1));

    Map<String, Object> linked = expense(property, unit, 24_500, "2026-11-20");
    linked.put("maintenanceRequestId", request);
    Response created = create(owner, linked);
    Map<String, Object> foreign = expense(property, unit, 24_500, "2026-11-20");
    foreign.put("maintenanceRequestId", theirRequest);

    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    assertThat(created.<String>path("maintenanceRequestId")).isEqualTo(request);
    assertProblem(create(owner, foreign), 404, "not-found");
  }

  @Test
  void badBodiesAndParametersAreRefusedAndWriteNothing() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Elm Court");

    Map<String, Object> unknownField = expense(property, null, 100, "2026-01-01");
    unknownField.put("ownerId", UUID.randomUUID().toString());
    assertProblem(create(owner, unknownField), 400, "malformed-request");
    Map<String, Object> amountAsText = expense(property, null, 100, "2026-01-01");
    amountAsText.put("amount", Map.of("amount", "100"));
    assertProblem(create(owner, amountAsText), 400, "malformed-request");
    Response zero = create(owner, expense(property, null, 0, "2026-01-01"));
    assertProblem(zero, 422, "validation-failed");
    assertThat(zero.<List<String>>path("errors.field")).containsExactly("amount.amount");
    Response tooMuch = create(owner, expense(property, null, 10_000_000_001L, "2026-01-01"));
    assertProblem(tooMuch, 422, "validation-failed");
    Map<String, Object> farPast = expense(property, null, 100, "1492-10-12");
    assertThat(create(owner, farPast).<List<String>>path("errors.field"))
        .containsExactly("incurredOn");
    Map<String, Object> notADate = expense(property, null, 100, "yesterday");
    assertThat(create(owner, notADate).statusCode()).isIn(400, 422);
    Map<String, Object> nul = expense(property, null, 100, "2026-01-01");
    nul.put("vendor", "Bad\u0000Vendor");
    assertProblem(create(owner, nul), 422, "validation-failed");
    Map<String, Object> noCategory = expense(property, null, 100, "2026-01-01");
    noCategory.remove("category");
    assertProblem(create(owner, noCategory), 422, "validation-failed");
    Map<String, Object> badCategory = expense(property, null, 100, "2026-01-01");
    badCategory.put("category", "FOOD");
    assertProblem(create(owner, badCategory), 422, "validation-failed");
    assertProblem(
        as(owner)
            .contentType("application/json")
            .body("{\"propertyId\": \"" + property + "\", \"amount\": {\"amount\": 1e999}}")
            .post("/api/v1/expenses"),
        400,
        "malformed-request");

    for (String query :
        List.of(
            "from=2026-13-01",
            "to=yesterday",
            "from=2026-02-01&to=2026-01-01",
            "category=FOOD",
            "propertyId=not-a-uuid",
            "unitId=1",
            "sort=vendor",
            "limit=101")) {
      assertProblem(as(owner).get("/api/v1/expenses?" + query), 400, "invalid-parameter");
    }
    assertThat(as(owner).get("/api/v1/expenses").<Integer>path("total")).isZero();
  }

  @Test
  void tenantsAreForbiddenAndAnonymousCallersUnauthenticated() {
    String tenant = Api.newUser("TENANT");
    String id = UUID.randomUUID().toString();

    assertProblem(as(tenant).get("/api/v1/expenses"), 403, "forbidden");
    assertProblem(as(tenant).get("/api/v1/expenses/" + id), 403, "forbidden");
    assertProblem(
        create(tenant, expense(UUID.randomUUID().toString(), null, 1, "2026-01-01")),
        403,
        "forbidden");
    assertProblem(as(tenant).delete("/api/v1/expenses/" + id), 403, "forbidden");
    assertProblem(Api.anonymous().get("/api/v1/expenses"), 401, "unauthenticated");
    assertProblem(as(Api.newUser("OWNER")).get("/api/v1/expenses/not-a-uuid"), 404, "not-found");
  }

  @Test
  void theOpenApiExamplesAreAcceptedAsDocumented() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Elm Court");
    String body = ApiExamples.NEW_EXPENSE.replace("3c9e1f4a-2b7d-4e8a-9f10-5a6b7c8d9e03", property);

    String id =
        as(owner).body(body).post("/api/v1/expenses").then().statusCode(201).extract().path("id");
    Response patched = as(owner).body(ApiExamples.EXPENSE_PATCH).patch("/api/v1/expenses/" + id);

    assertThat(patched.statusCode()).as(patched.asString()).isEqualTo(200);
    assertThat(patched.<Integer>path("amount.amount")).isEqualTo(26_000);
    assertThat(patched.<String>path("description")).isNull();
    io.restassured.path.json.JsonPath document =
        Api.anonymous().get("/openapi?format=JSON").then().statusCode(200).extract().jsonPath();
    for (String schema : List.of("NewExpense", "ExpensePatch")) {
      assertThat(document.<Object>get("components.schemas." + schema + ".example"))
          .as(schema)
          .isNotNull();
    }
    assertThat(document.getList("components.schemas.NewExpense.required"))
        .contains("propertyId", "category", "amount", "incurredOn");
  }

  private static Response create(String token, Map<String, Object> body) {
    return as(token).body(body).post("/api/v1/expenses");
  }

  private static Map<String, Object> expense(
      String property, String unit, long amount, String incurredOn) {
    Map<String, Object> body = new HashMap<>();
    body.put("propertyId", property);
    if (unit != null) {
      body.put("unitId", unit);
    }
    body.put("category", "REPAIRS");
    body.put("amount", Map.of("amount", amount, "currency", "usd"));
    body.put("incurredOn", incurredOn);
    body.put("vendor", "Quick Plumbing LLC");
    body.put("description", "Kitchen sink trap replaced");
    return body;
  }

  /**
   * A request the owner filed for their unit, arranged in the database: this server's maintenance
   * endpoints are not what this test is about.
   */
  private static String maintenanceRequestOf(String owner, String unit) {
    String id = UUID.randomUUID().toString();
    ItDatabase.execute(
        "insert into leaseport.maintenance_requests (id, owner_id, unit_id, requested_by, title)"
            + " values (?::uuid, ?::uuid, ?::uuid, ?::uuid, 'Leaking sink')",
        id,
        as(owner).get("/api/v1/me").<String>path("id"),
        unit,
        as(owner).get("/api/v1/me").<String>path("id"));
    return id;
  }
}
