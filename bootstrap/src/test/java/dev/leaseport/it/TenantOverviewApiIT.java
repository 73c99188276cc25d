package dev.leaseport.it;

import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/v1/tenant/overview} over HTTP: a renter with a lease at each of two owners sees
 * both, with their signing state and what they owe; owners are 403, anonymous callers 401.
 */
@ExtendWith(ArquillianExtension.class)
class TenantOverviewApiIT {

  @Test
  void aRenterSeesTheirLeasesAtTwoOwnersWithWhoSignedAndWhatWaitsForThem() {
    String renterEmail = ItDatabase.newEmail("renter");
    String renter = Api.token("TENANT", renterEmail);
    String ownerA = Api.newUser("OWNER");
    String unitA = Api.createUnit(ownerA, Api.createProperty(ownerA, "Elm Court"), "1A", 150_000);
    String tenantA = Api.createTenant(ownerA, "Ana", "Lima", renterEmail);
    Api.inviteAndAccept(ownerA, tenantA, unitA, renter);
    String ownerB = Api.newUser("OWNER");
    String unitB = Api.createUnit(ownerB, Api.createProperty(ownerB, "Oak House"), "B2", 99_000);
    String tenantB = Api.createTenant(ownerB, "Ana", "Lima", renterEmail);
    Api.inviteAndAccept(ownerB, tenantB, unitB, renter);

    String active = lease(ownerA, unitA, tenantA, "2030-01-01", "2030-12-31");
    act(ownerA, active, "send");
    act(ownerA, active, "sign");
    act(renter, active, "sign");
    String pending = lease(ownerB, unitB, tenantB, "2031-01-01", "2031-12-31");
    act(ownerB, pending, "send");
    lease(ownerA, unitA, tenantA, "2032-01-01", "2032-12-31"); // a draft: not shown
    String parking = charge(ownerA, active, "Parking", 4_000, "2030-03-01");
    String keys = charge(ownerA, active, "Keys", 2_500, "2030-07-01");
    String voided = charge(ownerA, active, "Cleaning", 1_000, "2030-05-01");
    assertThat(as(ownerA).post("/api/v1/charges/" + voided + "/void").statusCode()).isEqualTo(200);

    Response overview = as(renter).get("/api/v1/tenant/overview");

    assertThat(overview.statusCode()).as(overview.asString()).isEqualTo(200);
    assertThat(overview.<String>path("profile.email")).isEqualTo(renterEmail);
    assertThat(overview.<List<String>>path("leases.id")).containsExactly(active, pending);
    assertThat(overview.<List<String>>path("leases.status"))
        .containsExactly("ACTIVE", "PENDING_SIGNATURE");
    assertThat(overview.<List<String>>path("leases.property.name"))
        .containsExactly("Elm Court", "Oak House");
    assertThat(overview.<List<String>>path("leases.unit.unitNumber")).containsExactly("1A", "B2");
    assertThat(overview.<Integer>path("leases[1].rentAmount.amount")).isEqualTo(99_000);
    assertThat(overview.<List<Boolean>>path("leases.signing.youSigned"))
        .containsExactly(true, false);
    assertThat(overview.<List<Boolean>>path("leases.signing.youMustSign"))
        .containsExactly(false, true);
    assertThat(overview.<List<Boolean>>path("leases.signing.ownerSigned"))
        .containsExactly(true, false);
    // Sent, signed by the owner, signed by the renter, activated; then the second lease was sent.
    // The OPEN charges, oldest due first, and what they add up to; nothing paid yet.
    assertThat(overview.<List<String>>path("openCharges.id")).containsExactly(parking, keys);
    assertThat(overview.<List<Integer>>path("openCharges.balance.amount"))
        .containsExactly(4_000, 2_500);
    assertThat(overview.<List<String>>path("openCharges.balance.currency"))
        .containsExactly("usd", "usd");
    assertThat(overview.<List<Integer>>path("openChargeTotals.count")).containsExactly(2);
    assertThat(overview.<List<Integer>>path("openChargeTotals.balance.amount"))
        .containsExactly(6_500);
    assertThat(overview.<List<Object>>path("recentPayments")).isEmpty();
    assertThat(overview.<Integer>path("unreadNotifications")).isPositive();
    assertThat(overview.<Integer>path("unreadNotifications"))
        .isEqualTo(as(renter).get("/api/v1/notifications?unread=true").<Integer>path("total"));
  }

  @Test
  void aRenterWithoutLeasesSeesTheirProfileAndNothingElse() {
    String email = ItDatabase.newEmail("newcomer");
    Response overview = as(Api.token("TENANT", email)).get("/api/v1/tenant/overview");

    assertThat(overview.statusCode()).as(overview.asString()).isEqualTo(200);
    assertThat(overview.<String>path("profile.email")).isEqualTo(email);
    assertThat(overview.<List<Object>>path("leases")).isEmpty();
    assertThat(overview.<Integer>path("unreadNotifications")).isZero();
    assertThat(overview.<List<Object>>path("openCharges")).isEmpty();
    assertThat(overview.<List<Object>>path("openChargeTotals")).isEmpty();
    assertThat(overview.<List<Object>>path("recentPayments")).isEmpty();
  }

  @Test
  void ownersAreForbiddenAndAnonymousCallersUnauthenticated() {
    assertProblem(as(Api.newUser("OWNER")).get("/api/v1/tenant/overview"), 403, "forbidden");
    assertProblem(as(Api.newUser("ADMIN")).get("/api/v1/tenant/overview"), 403, "forbidden");
    assertProblem(Api.anonymous().get("/api/v1/tenant/overview"), 401, "unauthenticated");
  }

  private static String lease(String owner, String unit, String tenant, String start, String end) {
    Response created =
        as(owner)
            .body(
                Map.of(
                    "unitId", unit,
                    "startDate", start,
                    "endDate", end,
                    "rentAmount", Map.of("amount", rentOf(owner, unit)),
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

  private static long rentOf(String owner, String unit) {
    return as(owner).get("/api/v1/units/" + unit).<Number>path("rentAmount.amount").longValue();
  }

  private static void act(String token, String lease, String action) {
    Response response = as(token).post("/api/v1/leases/" + lease + "/" + action);
    assertThat(response.statusCode()).as(action + ": " + response.asString()).isEqualTo(200);
  }
}
