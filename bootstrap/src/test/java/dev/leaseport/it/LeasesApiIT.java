package dev.leaseport.it;

import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.rest.ApiExamples;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Leases over HTTP, from draft to signed: an owner with a property, a unit and a tenant record
 * linked to a renter who accepted the owner's invitation.
 */
@ExtendWith(ArquillianExtension.class)
class LeasesApiIT {
  private String ownerEmail;
  private String owner;
  private String renterEmail;
  private String renter;
  private String property;
  private String unit;
  private String tenant;

  @BeforeEach
  void anOwnerWithAUnitAndALinkedRenter() {
    ownerEmail = ItDatabase.newEmail("owner");
    owner = Api.token("OWNER", ownerEmail);
    renterEmail = ItDatabase.newEmail("renter");
    renter = Api.token("TENANT", renterEmail);
    property = Api.createProperty(owner, "Elm Court");
    unit = Api.createUnit(owner, property, "1A", 150_000);
    tenant = Api.createTenant(owner, "Ada", "Renter", renterEmail);
    Api.inviteAndAccept(owner, tenant, unit, renter);
  }

  @Test
  void aLeaseIsDraftedSentSignedByBothAndThenActiveWithItsUnitOccupied() {
    Response created = as(owner).body(lease("2030-01-01", "2030-12-31")).post("/api/v1/leases");
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    String id = created.path("id");
    assertThat(created.header("Location")).endsWith("/api/v1/leases/" + id);
    assertThat(created.<String>path("status")).isEqualTo("DRAFT");
    assertThat(created.<String>path("tenants[0].name")).isEqualTo("Ada Renter");
    assertThat(created.<String>path("tenants[0].role")).isEqualTo("PRIMARY");
    assertThat(created.<String>path("unit.propertyName")).isEqualTo("Elm Court");

    assertThat(post(owner, id, "send").<String>path("status")).isEqualTo("PENDING_SIGNATURE");
    assertThat(ItDatabase.notifications(renterEmail, id, "LEASE_SENT_FOR_SIGNATURE")).isOne();
    assertThat(post(owner, id, "sign").<String>path("status")).isEqualTo("PENDING_SIGNATURE");
    Response signed = as(renter).header("User-Agent", "LeaseportIT/1").post(path(id, "sign"));

    assertThat(signed.statusCode()).as(signed.asString()).isEqualTo(200);
    assertThat(signed.<String>path("status")).isEqualTo("ACTIVE");
    assertThat(signed.<List<String>>path("signatures.party")).containsExactly("OWNER", "TENANT");
    assertThat(signed.<String>path("signatures[1].clientIp")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    assertThat(signed.<String>path("signatures[1].userAgent")).isEqualTo("LeaseportIT/1");
    assertThat(as(owner).get("/api/v1/units/" + unit).<String>path("status")).isEqualTo("OCCUPIED");
    assertThat(ItDatabase.notifications(ownerEmail, id, "LEASE_SIGNED")).isOne();
    assertThat(ItDatabase.notifications(renterEmail, id, "LEASE_SIGNED")).isOne();
    assertThat(ItDatabase.notifications(ownerEmail, id, "LEASE_ACTIVATED")).isOne();
    assertThat(ItDatabase.notifications(renterEmail, id, "LEASE_ACTIVATED")).isOne();

    Response renterReads = as(renter).get(path(id, ""));
    assertThat(renterReads.statusCode()).isEqualTo(200);
    assertThat(renterReads.<String>path("status")).isEqualTo("ACTIVE");
    Response renterUnit = as(renter).get("/api/v1/units/" + unit);
    assertThat(renterUnit.statusCode()).isEqualTo(200);
    assertThat(renterUnit.<String>path("unitNumber")).isEqualTo("1A");
  }

  @Test
  void signingTwiceIsAConflict() {
    String id = sent();
    post(renter, id, "sign");

    assertProblem(as(renter).post(path(id, "sign")), 409, "lease-already-signed");
  }

  @Test
  void anIllegalTransitionIsAConflictNamingTheCurrentState() {
    String id = sent();

    Response again = as(owner).post(path(id, "send"));
    assertProblem(again, 409, "lease-state-conflict");
    assertThat(again.<String>path("detail")).contains("PENDING_SIGNATURE");
    Response terminate =
        as(owner).body(Map.of("effectiveDate", "2030-06-30")).post(path(id, "terminate"));
    assertProblem(terminate, 409, "lease-state-conflict");
    assertThat(terminate.<String>path("detail")).contains("PENDING_SIGNATURE");
    Response edit = as(owner).body(Map.of("rentDueDay", 3)).patch(path(id, ""));
    assertProblem(edit, 409, "lease-state-conflict");
    Response renew = as(owner).body(Map.of("endDate", "2031-12-31")).post(path(id, "renew"));
    assertProblem(renew, 409, "lease-state-conflict");
  }

  @Test
  void aSecondLeaseOverlappingASentOneIsALeaseOverlap() {
    sent();
    String second = draft("2030-06-01", "2031-05-31");

    assertProblem(as(owner).post(path(second, "send")), 409, "lease-overlap");
    assertThat(as(owner).get(path(second, "")).<String>path("status")).isEqualTo("DRAFT");
  }

  @Test
  void aRenterNotOnTheLeaseFindsNothing() {
    String id = sent();
    String stranger = Api.newUser("TENANT");

    assertProblem(as(stranger).get(path(id, "")), 404, "not-found");
    assertProblem(as(stranger).post(path(id, "sign")), 404, "not-found");
  }

  @Test
  void aRenterDoesNotSeeADraft() {
    String id = draft("2030-01-01", "2030-12-31");

    assertProblem(as(renter).get(path(id, "")), 404, "not-found");
  }

  @Test
  void anotherOwnersLeaseIsNotFound() {
    String id = sent();
    String other = Api.newUser("OWNER");

    assertProblem(as(other).get(path(id, "")), 404, "not-found");
    assertProblem(as(other).post(path(id, "cancel")), 404, "not-found");
    assertProblem(as(other).post(path(id, "sign")), 404, "not-found");
  }

  @Test
  void aRenterGetsForbiddenOnOwnerRoutes() {
    String id = sent();

    assertProblem(as(renter).get("/api/v1/leases"), 403, "forbidden");
    assertProblem(
        as(renter).body(lease("2031-01-01", "2031-12-31")).post("/api/v1/leases"),
        403,
        "forbidden");
    assertProblem(as(renter).post(path(id, "send")), 403, "forbidden");
    assertProblem(as(renter).post(path(id, "cancel")), 403, "forbidden");
    assertProblem(
        as(renter).body(Map.of("effectiveDate", "2030-06-30")).post(path(id, "terminate")),
        403,
        "forbidden");
  }

  @Test
  void anAdminGetsForbiddenOnBothRoutes() {
    String id = sent();
    String admin = Api.newUser("ADMIN");

    assertProblem(as(admin).get(path(id, "")), 403, "forbidden");
    assertProblem(as(admin).post(path(id, "sign")), 403, "forbidden");
  }

  @Test
  void terminatingFreesTheUnitAndRenewingDraftsTheNextTerm() {
    String id = active();

    Response terminated =
        as(owner)
            .body(Map.of("effectiveDate", "2030-06-30", "reason", "Moving abroad"))
            .post(path(id, "terminate"));

    assertThat(terminated.statusCode()).as(terminated.asString()).isEqualTo(200);
    assertThat(terminated.<String>path("status")).isEqualTo("TERMINATED");
    assertThat(terminated.<String>path("termination.effectiveDate")).isEqualTo("2030-06-30");
    assertThat(as(owner).get("/api/v1/units/" + unit).<String>path("status")).isEqualTo("VACANT");
    assertThat(ItDatabase.notifications(renterEmail, id, "LEASE_TERMINATED")).isOne();
    assertProblem(
        as(owner).body(Map.of("endDate", "2031-12-31")).post(path(id, "renew")),
        409,
        "lease-state-conflict");
  }

  @Test
  void renewingAnActiveLeaseDraftsItsSuccessor() {
    String id = active();

    Response renewed =
        as(owner)
            .body(Map.of("endDate", "2031-12-31", "rentAmount", Map.of("amount", 155_000)))
            .post(path(id, "renew"));

    assertThat(renewed.statusCode()).as(renewed.asString()).isEqualTo(201);
    String next = renewed.path("id");
    assertThat(renewed.header("Location")).endsWith("/api/v1/leases/" + next);
    assertThat(renewed.<String>path("status")).isEqualTo("DRAFT");
    assertThat(renewed.<String>path("startDate")).isEqualTo("2031-01-01");
    assertThat(renewed.<String>path("renewedFromId")).isEqualTo(id);
    assertThat(renewed.<Integer>path("rentAmount.amount")).isEqualTo(155_000);
    assertThat(renewed.<String>path("tenants[0].id")).isEqualTo(tenant);
  }

  @Test
  void aDraftIsEditedWithIfMatchAndCancelled() {
    String id = draft("2030-01-01", "2030-12-31");

    Response stale =
        as(owner).header("If-Match", "\"7\"").body(Map.of("rentDueDay", 3)).patch(path(id, ""));
    assertProblem(stale, 412, "precondition-failed");
    Response edited =
        as(owner).header("If-Match", "\"1\"").body(Map.of("rentDueDay", 3)).patch(path(id, ""));
    assertThat(edited.statusCode()).as(edited.asString()).isEqualTo(200);
    assertThat(edited.<Integer>path("rentDueDay")).isEqualTo(3);
    assertThat(edited.header("ETag")).isEqualTo("\"2\"");

    assertThat(post(owner, id, "cancel").<String>path("status")).isEqualTo("CANCELLED");
    assertProblem(as(owner).post(path(id, "cancel")), 409, "lease-state-conflict");
  }

  @Test
  void aUnitOrPropertyWithLeaseHistoryCannotBeDeleted() {
    draft("2030-01-01", "2030-12-31");

    assertProblem(as(owner).delete("/api/v1/units/" + unit), 409, "conflict");
    assertProblem(as(owner).delete("/api/v1/properties/" + property), 409, "conflict");
    as(owner).get("/api/v1/units/" + unit).then().statusCode(200);
  }

  @Test
  void theListFiltersAndCarriesTheTrueTotal() {
    for (int year = 2030; year < 2034; year++) {
      draft(year + "-01-01", year + "-12-31");
    }
    String other = Api.createUnit(owner, property, "2B", 120_000);
    as(owner)
        .body(leaseOf(other, "2030-01-01", "2030-12-31"))
        .post("/api/v1/leases")
        .then()
        .statusCode(201);

    Response page =
        as(owner).get("/api/v1/leases?unitId=" + unit + "&status=DRAFT&limit=2&sort=-startDate");

    assertThat(page.<Integer>path("total")).isEqualTo(4);
    assertThat(page.<List<String>>path("data.startDate"))
        .containsExactly("2033-01-01", "2032-01-01");
    assertThat(as(owner).get("/api/v1/leases?tenantId=" + tenant).<Integer>path("total"))
        .isEqualTo(5);
    assertProblem(as(owner).get("/api/v1/leases?sort=status"), 400, "invalid-parameter");
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    Response backwards = as(owner).body(lease("2030-12-31", "2030-01-01")).post("/api/v1/leases");
    assertProblem(backwards, 422, "validation-failed");
    assertThat(backwards.<List<String>>path("errors.field")).contains("endDate");
    Response unknown =
        as(owner)
            .body(Map.of("unitId", unit, "startDate", "2030-01-01", "userId", "x"))
            .post("/api/v1/leases");
    assertProblem(unknown, 400, "malformed-request");
    Response theirUnit =
        as(Api.newUser("OWNER")).body(lease("2030-01-01", "2030-12-31")).post("/api/v1/leases");
    assertProblem(theirUnit, 404, "not-found");
    assertThat(as(owner).get("/api/v1/leases").<Integer>path("total")).isZero();
  }

  @Test
  void theOpenApiExamplesAreAcceptedAsDocumented() {
    String body =
        ApiExamples.NEW_LEASE
            .replace("0b5c3a52-5f0e-4d43-9a41-2b1f1c7d9e01", unit)
            .replace("6d1f7c2e-8a34-4b9e-b1c2-3e4f5a6b7c02", tenant);
    String id =
        as(owner).body(body).post("/api/v1/leases").then().statusCode(201).extract().path("id");
    as(owner).body(ApiExamples.LEASE_PATCH).patch(path(id, "")).then().statusCode(200);
    post(owner, id, "send");
    post(owner, id, "sign");
    post(renter, id, "sign");
    as(owner).body(ApiExamples.LEASE_RENEWAL).post(path(id, "renew")).then().statusCode(201);
    as(owner)
        .body(ApiExamples.LEASE_TERMINATION)
        .post(path(id, "terminate"))
        .then()
        .statusCode(200);
  }

  @Test
  void theApiDocumentShowsTheLeaseBodiesWithTheirExamples() {
    io.restassured.path.json.JsonPath document =
        Api.anonymous().get("/openapi?format=JSON").then().statusCode(200).extract().jsonPath();

    for (String schema : List.of("NewLease", "LeasePatch", "LeaseTermination", "LeaseRenewal")) {
      assertThat(document.<Object>get("components.schemas." + schema + ".example"))
          .as(schema)
          .isNotNull();
    }
    assertThat(document.getList("components.schemas.NewLease.required"))
        .contains("unitId", "startDate", "endDate", "rentAmount");
    assertThat(document.getMap("paths.'/api/v1/leases/{id}/renew'.post.responses"))
        .containsKeys("201", "404", "409", "422");
  }

  private Map<String, Object> lease(String start, String end) {
    return leaseOf(unit, start, end);
  }

  private Map<String, Object> leaseOf(String unitId, String start, String end) {
    return Map.of(
        "unitId",
        unitId,
        "startDate",
        start,
        "endDate",
        end,
        "rentAmount",
        Map.of("amount", 150_000, "currency", "usd"),
        "tenants",
        List.of(Map.of("tenantId", tenant, "role", "PRIMARY")));
  }

  private String draft(String start, String end) {
    return as(owner)
        .body(lease(start, end))
        .post("/api/v1/leases")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private String sent() {
    String id = draft("2030-01-01", "2030-12-31");
    post(owner, id, "send");
    return id;
  }

  private String active() {
    String id = sent();
    post(owner, id, "sign");
    post(renter, id, "sign");
    return id;
  }

  private static Response post(String token, String id, String action) {
    Response response = as(token).post(path(id, action));
    assertThat(response.statusCode()).as(action + ": " + response.asString()).isEqualTo(200);
    return response;
  }

  private static String path(String id, String action) {
    return "/api/v1/leases/" + id + (action.isEmpty() ? "" : "/" + action);
  }
}
