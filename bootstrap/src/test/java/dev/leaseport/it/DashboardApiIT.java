package dev.leaseport.it;

import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/v1/dashboard} over HTTP: an owner who let one of two units, charged extra items
 * and filed repairs through the API reads exact figures for a day; another owner sees none of them;
 * renters are 403, anonymous callers 401, a bad {@code asOf} 400; the call is timed in {@code
 * /metrics}.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardApiIT {

  @Test
  void anOwnerReadsExactFiguresForADayOfDataMadeThroughTheApi() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Elm Court");
    String let = Api.createUnit(owner, property, "1A", 150_000);
    Api.createUnit(owner, property, "1B", 120_000);
    String renterEmail = ItDatabase.newEmail("renter");
    String renter = Api.token("TENANT", renterEmail);
    String tenant = Api.createTenant(owner, "Ana", "Lima", renterEmail);
    Api.inviteAndAccept(owner, tenant, let, renter);
    String lease = lease(owner, let, tenant, "2030-01-01", "2030-12-31", 150_000);
    act(owner, lease, "send");
    act(owner, lease, "sign");
    act(renter, lease, "sign");
    charge(owner, lease, "Parking", 4_000, "2030-12-01");
    charge(owner, lease, "Keys", 2_500, "2030-12-20");
    String voided = charge(owner, lease, "Cleaning", 1_000, "2030-12-05");
    assertThat(as(owner).post("/api/v1/charges/" + voided + "/void").statusCode()).isEqualTo(200);
    repair(owner, let, "URGENT");
    repair(owner, let, "HIGH");

    Response dashboard = as(owner).get("/api/v1/dashboard?asOf=2030-12-15");

    assertThat(dashboard.statusCode()).as(dashboard.asString()).isEqualTo(200);
    assertThat(dashboard.<String>path("asOf")).isEqualTo("2030-12-15");
    assertThat(dashboard.<String>path("monthStart")).isEqualTo("2030-12-01");
    assertThat(dashboard.<String>path("monthEnd")).isEqualTo("2030-12-31");
    assertThat(dashboard.<Integer>path("properties")).isEqualTo(1);
    assertThat(dashboard.<Integer>path("units")).isEqualTo(2);
    assertThat(dashboard.<Integer>path("occupiedUnits")).isEqualTo(1);
    assertThat(dashboard.<Integer>path("vacantUnits")).isEqualTo(1);
    assertThat(dashboard.<Number>path("occupancyRate").doubleValue()).isEqualTo(0.5);
    assertThat(dashboard.<List<Integer>>path("rentRoll.leases")).containsExactly(1);
    assertThat(dashboard.<List<Map<String, Object>>>path("rentRoll.monthlyRent"))
        .containsExactly(Map.of("amount", 150_000, "currency", "usd"));
    // December's charges: parking and keys (the cleaning was voided); nothing paid yet.
    assertThat(dashboard.<List<Integer>>path("thisMonth.charged.amount")).containsExactly(6_500);
    assertThat(dashboard.<List<Integer>>path("thisMonth.collected.amount")).containsExactly(0);
    assertThat(dashboard.<List<Integer>>path("thisMonth.outstanding.amount"))
        .containsExactly(6_500);
    assertThat(dashboard.<List<String>>path("thisMonth.charged.currency")).containsExactly("usd");
    // Only the parking was due before the 15th.
    assertThat(dashboard.<List<Integer>>path("overdue.count")).containsExactly(1);
    assertThat(dashboard.<List<Integer>>path("overdue.amount.amount")).containsExactly(4_000);
    assertThat(dashboard.<Map<String, Integer>>path("openMaintenance"))
        .isEqualTo(Map.of("LOW", 0, "MEDIUM", 0, "HIGH", 1, "URGENT", 1));
    assertThat(dashboard.<Map<String, Integer>>path("expiringLeases"))
        .isEqualTo(Map.of("within30Days", 1, "within60Days", 1, "within90Days", 1));

    Response otherOwners = as(Api.newUser("OWNER")).get("/api/v1/dashboard?asOf=2030-12-15");
    assertThat(otherOwners.statusCode()).as(otherOwners.asString()).isEqualTo(200);
    assertThat(otherOwners.<Integer>path("units")).isZero();
    assertThat(otherOwners.<List<Object>>path("rentRoll")).isEmpty();
    assertThat(otherOwners.<List<Object>>path("thisMonth")).isEmpty();
    assertThat(otherOwners.<List<Object>>path("overdue")).isEmpty();
    assertThat(otherOwners.<Integer>path("openMaintenance.URGENT")).isZero();
  }

  @Test
  void withoutAsOfTheDashboardIsTodaysInUtc() {
    LocalDate before = LocalDate.now(ZoneOffset.UTC);

    Response dashboard = as(Api.newUser("OWNER")).get("/api/v1/dashboard");

    assertThat(dashboard.statusCode()).as(dashboard.asString()).isEqualTo(200);
    assertThat(LocalDate.parse(dashboard.<String>path("asOf")))
        .isBetween(before, LocalDate.now(ZoneOffset.UTC));
    assertThat(dashboard.<Number>path("occupancyRate").doubleValue()).isZero();
  }

  @Test
  void aDateThatIsNotOneIsABadRequestAsProblemJson() {
    String owner = Api.newUser("OWNER");
    for (String asOf : List.of("2030-02-30", "tomorrow", "3000-01-01")) {
      Response answer = as(owner).queryParam("asOf", asOf).get("/api/v1/dashboard");
      assertProblem(answer, 400, "invalid-parameter");
      assertThat(answer.<String>path("detail")).as(asOf).startsWith("asOf must be");
    }
  }

  @Test
  void rentersAndAdminsAreForbiddenAndAnonymousCallersUnauthenticated() {
    assertProblem(as(Api.newUser("TENANT")).get("/api/v1/dashboard"), 403, "forbidden");
    assertProblem(as(Api.newUser("ADMIN")).get("/api/v1/dashboard"), 403, "forbidden");
    assertProblem(Api.anonymous().get("/api/v1/dashboard"), 401, "unauthenticated");
  }

  @Test
  void theDatabaseCallIsTimedInMetricsAsTheDashboardReport() {
    as(Api.newUser("OWNER")).get("/api/v1/dashboard").then().statusCode(200);

    String metrics =
        given().baseUri(Api.BASE).get("/metrics").then().statusCode(200).extract().asString();

    assertThat(metrics)
        .containsPattern("leaseport_report_seconds_count\\{[^}]*report=\"dashboard\"");
  }

  private static String lease(
      String owner, String unit, String tenant, String start, String end, long rent) {
    Response created =
        as(owner)
            .body(
                Map.of(
                    "unitId", unit,
                    "startDate", start,
                    "endDate", end,
                    "rentAmount", Map.of("amount", rent),
                    "tenants", List.of(Map.of("tenantId", tenant, "role", "PRIMARY"))))
            .post("/api/v1/leases");
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    return created.path("id");
  }

  private static String charge(
      String owner, String lease, String description, long amount, String dueDate) {
    Response created =
        as(owner)
            .body(
                Map.of(
                    "description", description,
                    "amount", Map.of("amount", amount, "currency", "usd"),
                    "dueDate", dueDate))
            .post("/api/v1/leases/" + lease + "/charges");
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    return created.path("id");
  }

  private static void repair(String owner, String unit, String priority) {
    Response filed =
        as(owner)
            .body(Map.of("unitId", unit, "title", "Repair " + priority, "priority", priority))
            .post("/api/v1/maintenance-requests");
    assertThat(filed.statusCode()).as(filed.asString()).isEqualTo(201);
  }

  private static void act(String token, String lease, String action) {
    Response response = as(token).post("/api/v1/leases/" + lease + "/" + action);
    assertThat(response.statusCode()).as(action + ": " + response.asString()).isEqualTo(200);
  }
}
