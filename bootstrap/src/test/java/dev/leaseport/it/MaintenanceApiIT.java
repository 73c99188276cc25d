package dev.leaseport.it;

import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Maintenance over HTTP: a renter with an ACTIVE lease files a request, the owner schedules, starts
 * and completes it with an actual cost, and the renter reads the whole history and is told of each
 * step; then every way it must refuse.
 */
@ExtendWith(ArquillianExtension.class)
class MaintenanceApiIT {
  private static final String PATH = "/api/v1/maintenance-requests";

  /** An owner's unit let to a renter through an invitation and a lease both signed. */
  record Letting(String owner, String property, String unit, String renter, String lease) {}

  @Test
  void aRenterFilesTheOwnerSchedulesStartsAndCompletesItAndTheRenterSeesTheHistory() {
    Letting let = letting();

    Response filed =
        as(let.renter())
            .body(
                Map.of(
                    "unitId", let.unit(),
                    "title", "Leaking tap",
                    "description", "Under the kitchen sink",
                    "category", "PLUMBING",
                    "priority", "HIGH"))
            .post(PATH);
    assertThat(filed.statusCode()).as(filed.asString()).isEqualTo(201);
    String id = filed.path("id");
    assertThat(filed.header("Location")).endsWith(PATH + "/" + id);
    assertThat(filed.header("ETag")).isEqualTo("\"1\"");
    assertThat(filed.<String>path("status")).isEqualTo("OPEN");
    assertThat(filed.<String>path("leaseId")).isEqualTo(let.lease());
    assertThat(filed.<String>path("unit.propertyId")).isEqualTo(let.property());
    assertThat(notifications(let.owner(), id)).containsExactly("MAINTENANCE_CREATED");

    Response scheduled =
        patch(
            let.owner(),
            id,
            "\"1\"",
            Map.of(
                "scheduledFor",
                "2030-03-02",
                "estimatedCost",
                Map.of("amount", 12_000, "currency", "usd")));
    assertThat(scheduled.<String>path("scheduledFor")).isEqualTo("2030-03-02");
    assertThat(scheduled.<Integer>path("estimatedCost.amount")).isEqualTo(12_000);
    assertThat(scheduled.header("ETag")).isEqualTo("\"2\"");
    Response started =
        patch(let.owner(), id, "\"2\"", Map.of("status", "IN_PROGRESS", "note", "Plumber booked"));
    assertThat(started.<String>path("status")).isEqualTo("IN_PROGRESS");
    Response completed =
        patch(
            let.owner(),
            id,
            null,
            Map.of(
                "status", "COMPLETED",
                "actualCost", Map.of("amount", 13_450, "currency", "usd"),
                "note", "Washer replaced"));
    assertThat(completed.<String>path("status")).isEqualTo("COMPLETED");
    assertThat(completed.<String>path("completedAt")).isNotBlank();
    assertThat(completed.<Integer>path("actualCost.amount")).isEqualTo(13_450);

    Response history = as(let.renter()).get(PATH + "/" + id + "/events");
    assertThat(history.statusCode()).as(history.asString()).isEqualTo(200);
    assertThat(history.<Integer>path("total")).isEqualTo(3);
    assertThat(history.<List<String>>path("data.fromStatus"))
        .containsExactly(null, "OPEN", "IN_PROGRESS");
    assertThat(history.<List<String>>path("data.toStatus"))
        .containsExactly("OPEN", "IN_PROGRESS", "COMPLETED");
    assertThat(history.<List<String>>path("data.note"))
        .containsExactly(null, "Plumber booked", "Washer replaced");
    String renterId = as(let.renter()).get("/api/v1/me").path("id");
    String ownerId = as(let.owner()).get("/api/v1/me").path("id");
    assertThat(history.<List<String>>path("data.actorId"))
        .containsExactly(renterId, ownerId, ownerId);
    assertThat(notifications(let.renter(), id))
        .containsExactly("MAINTENANCE_STATUS_CHANGED", "MAINTENANCE_STATUS_CHANGED");
    Response mine = as(let.renter()).get(PATH + "?status=COMPLETED&q=tap");
    assertThat(mine.<Integer>path("total")).isEqualTo(1);
    assertThat(mine.<String>path("data[0].id")).isEqualTo(id);
    Response owners = as(let.owner()).get(PATH + "?unitId=" + let.unit() + "&sort=-priority");
    assertThat(owners.<List<String>>path("data.id")).containsExactly(id);
  }

  @Test
  void aRenterFilesOnlyForTheUnitTheyRentAndCancelsOnlyWhileOpen() {
    Letting let = letting();
    String otherUnit = Api.createUnit(let.owner(), let.property(), "9Z", 90_000);

    assertProblem(file(let.renter(), otherUnit, "Not my flat"), 404, "not-found");
    assertProblem(file(Api.newUser("TENANT"), let.unit(), "Not my lease"), 404, "not-found");

    String open = file(let.renter(), let.unit(), "Squeaky door").path("id");
    assertProblem(as(let.owner()).post(PATH + "/" + open + "/cancel"), 403, "forbidden");
    Response cancelled = as(let.renter()).post(PATH + "/" + open + "/cancel");
    assertThat(cancelled.statusCode()).as(cancelled.asString()).isEqualTo(200);
    assertThat(cancelled.<String>path("status")).isEqualTo("CANCELLED");

    String started = file(let.renter(), let.unit(), "Flickering light").path("id");
    patch(let.owner(), started, null, Map.of("status", "IN_PROGRESS"));
    Response late = as(let.renter()).post(PATH + "/" + started + "/cancel");
    assertProblem(late, 409, "maintenance-state-conflict");
    assertThat(late.<String>path("detail")).contains("IN_PROGRESS");

    Response illegal = as(let.owner()).body(Map.of("status", "OPEN")).patch(PATH + "/" + started);
    assertProblem(illegal, 409, "maintenance-state-conflict");
    assertThat(illegal.<String>path("detail")).contains("IN_PROGRESS");
    String fresh = file(let.renter(), let.unit(), "Cold radiator").path("id");
    assertProblem(
        as(let.owner()).body(Map.of("status", "COMPLETED")).patch(PATH + "/" + fresh),
        409,
        "maintenance-state-conflict");
    assertProblem(
        as(let.renter()).body(Map.of("priority", "URGENT")).patch(PATH + "/" + fresh),
        403,
        "forbidden");
    assertThat(as(let.renter()).get(PATH + "/" + fresh + "/events").<Integer>path("total"))
        .isEqualTo(1);
  }

  @Test
  void anotherOwnersIdsAndAnotherRentersRequestsAreNotFound() {
    Letting let = letting();
    Letting neighbour = lettingOf(let.owner(), let.property(), "2B");
    String id = file(let.renter(), let.unit(), "Leaking tap").path("id");
    String otherOwner = Api.newUser("OWNER");

    assertProblem(as(otherOwner).get(PATH + "/" + id), 404, "not-found");
    assertProblem(as(otherOwner).get(PATH + "/" + id + "/events"), 404, "not-found");
    assertProblem(
        as(otherOwner).body(Map.of("status", "IN_PROGRESS")).patch(PATH + "/" + id),
        404,
        "not-found");
    assertProblem(file(otherOwner, let.unit(), "Not mine"), 404, "not-found");
    assertProblem(as(neighbour.renter()).get(PATH + "/" + id), 404, "not-found");
    assertProblem(as(neighbour.renter()).get(PATH + "/" + id + "/events"), 404, "not-found");
    assertThat(as(neighbour.renter()).get(PATH).<Integer>path("total")).isZero();
    assertThat(as(otherOwner).get(PATH).<Integer>path("total")).isZero();
    assertThat(as(let.owner()).get(PATH + "/" + id).<String>path("status")).isEqualTo("OPEN");
  }

  @Test
  void hostileInputIsAProblemAndChangesNothing() {
    Letting let = letting();
    String id = file(let.renter(), let.unit(), "Leaking tap").path("id");

    Response tooCostly =
        as(let.owner())
            .body(Map.of("actualCost", Map.of("amount", 10_000_000_001L, "currency", "usd")))
            .patch(PATH + "/" + id);
    assertProblem(tooCostly, 422, "validation-failed");
    assertThat(tooCostly.<List<String>>path("errors.field")).containsExactly("actualCost.amount");
    assertProblem(
        as(let.owner())
            .body(
                Map.of(
                    "estimatedCost",
                    Map.of(
                        "amount", new BigInteger("100000000000000000000000"), "currency", "usd")))
            .patch(PATH + "/" + id),
        400,
        "malformed-request");
    assertProblem(
        as(let.owner())
            .body(Map.of("estimatedCost", Map.of("amount", 100, "currency", "eur")))
            .patch(PATH + "/" + id),
        422,
        "validation-failed");
    assertProblem(
        as(let.owner()).body(Map.of("status", "DONE")).patch(PATH + "/" + id),
        422,
        "validation-failed");
    assertProblem(
        as(let.renter())
            .body(Map.of("unitId", let.unit(), "title", "Tap", "category", "ROOF"))
            .post(PATH),
        422,
        "validation-failed");
    assertProblem(
        as(let.renter()).body(Map.of("unitId", let.unit(), "title", "t".repeat(201))).post(PATH),
        422,
        "validation-failed");
    assertProblem(
        as(let.owner()).body(Map.of("status", "ON_HOLD", "ownerId", "x")).patch(PATH + "/" + id),
        400,
        "malformed-request");
    assertProblem(
        as(let.owner()).body(Map.of("note", "No move")).patch(PATH + "/" + id),
        422,
        "validation-failed");
    assertProblem(
        as(let.owner())
            .header("If-Match", "\"9\"")
            .body(Map.of("priority", "LOW"))
            .patch(PATH + "/" + id),
        412,
        "precondition-failed");
    assertProblem(as(let.owner()).get(PATH + "?status=DONE"), 400, "invalid-parameter");
    assertProblem(as(let.owner()).get(PATH + "?sort=title"), 400, "invalid-parameter");
    assertProblem(as(let.owner()).get(PATH + "/not-a-uuid"), 404, "not-found");

    Response unchanged = as(let.owner()).get(PATH + "/" + id);
    assertThat(unchanged.<Integer>path("version")).isEqualTo(1);
    assertThat(unchanged.<String>path("status")).isEqualTo("OPEN");
    assertThat(unchanged.<Object>path("actualCost")).isNull();
    assertThat(as(let.owner()).get(PATH + "/" + id + "/events").<Integer>path("total"))
        .isEqualTo(1);
  }

  @Test
  void anAdminIsForbiddenAndNobodyWithoutATokenGetsIn() {
    assertProblem(as(Api.newUser("ADMIN")).get(PATH), 403, "forbidden");
    assertProblem(Api.anonymous().get(PATH), 401, "unauthenticated");
  }

  private static Letting letting() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Elm Court");
    return lettingOf(owner, property, "1A");
  }

  /** A new unit {@code number} of the owner's property, let to a new renter, ACTIVE. */
  private static Letting lettingOf(String owner, String property, String number) {
    String unit = Api.createUnit(owner, property, number, 150_000);
    String email = ItDatabase.newEmail("renter");
    String tenant = Api.createTenant(owner, "Ana", "Lima", email);
    String renter = Api.token("TENANT", email);
    Api.inviteAndAccept(owner, tenant, unit, renter);
    Response drafted =
        as(owner)
            .body(
                Map.of(
                    "unitId",
                    unit,
                    "startDate",
                    "2030-01-01",
                    "endDate",
                    "2030-12-31",
                    "rentAmount",
                    Map.of("amount", 150_000, "currency", "usd"),
                    "tenants",
                    List.of(Map.of("tenantId", tenant, "role", "PRIMARY"))))
            .post("/api/v1/leases");
    assertThat(drafted.statusCode()).as(drafted.asString()).isEqualTo(201);
    String lease = drafted.path("id");
    for (String[] step :
        List.of(
            new String[] {owner, "send"},
            new String[] {owner, "sign"},
            new String[] {renter, "sign"})) {
      Response done = as(step[0]).post("/api/v1/leases/" + lease + "/" + step[1]);
      assertThat(done.statusCode()).as(step[1] + ": " + done.asString()).isEqualTo(200);
    }
    return new Letting(owner, property, unit, renter, lease);
  }

  private static Response file(String token, String unit, String title) {
    Response response =
        as(token).body(Map.of("unitId", unit, "title", title, "category", "OTHER")).post(PATH);
    if (response.statusCode() == 201) {
      assertThat(response.<String>path("status")).isEqualTo("OPEN");
    }
    return response;
  }

  private static Response patch(String owner, String id, String ifMatch, Map<String, ?> body) {
    var request = as(owner).body(body);
    if (ifMatch != null) {
      request = request.header("If-Match", ifMatch);
    }
    Response response = request.patch(PATH + "/" + id);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return response;
  }

  /** The types of the caller's notifications that link to request {@code id}, oldest first. */
  private static List<String> notifications(String token, String id) {
    Response list = as(token).get("/api/v1/notifications?limit=100");
    assertThat(list.statusCode()).as(list.asString()).isEqualTo(200);
    List<String> types =
        new ArrayList<>(
            list.jsonPath().getList("data.findAll { it.link == '" + PATH + "/" + id + "' }.type"));
    Collections.reverse(types); // the list is newest first
    return types;
  }
}
