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

/**
 * The owner's analytics over HTTP: exact figures for an owner whose lease, charge, payment and
 * refund are arranged in the database at fixed dates (the payment path itself needs Stripe), and
 * whose expense and maintenance request are made through the API; tenants 403, anonymous 401,
 * unreadable or out-of-range parameters 400 problem+json; each report's call is timed in {@code
 * /metrics}.
 */
@ExtendWith(ArquillianExtension.class)
class AnalyticsApiIT {
  private static final List<String> REPORTS =
      List.of(
          "/api/v1/analytics/revenue",
          "/api/v1/analytics/occupancy",
          "/api/v1/analytics/maintenance",
          "/api/v1/analytics/expiring-leases");

  @Test
  void anOwnerSeesTheirFiguresPerMonthAndCurrency() {
    String owner = Api.newUser("OWNER");
    Portfolio portfolio = Portfolio.of(owner);

    Response revenue = as(owner).get("/api/v1/analytics/revenue?from=2030-01&to=2030-03");

    assertThat(revenue.statusCode()).as(revenue.asString()).isEqualTo(200);
    assertThat(revenue.<List<String>>path("months.month"))
        .containsExactly("2030-01", "2030-02", "2030-03");
    assertThat(revenue.<Map<String, Object>>path("months[0].currencies[0]"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "currency", "usd",
                "charged", 120_000,
                "collected", 120_000,
                "refunded", 0,
                "platformFees", 1_200,
                "expenses", 0,
                "net", 118_800));
    // The refund counts in February, when it was made, as does the expense.
    assertThat(revenue.<Integer>path("months[1].currencies[0].refunded")).isEqualTo(20_000);
    assertThat(revenue.<Integer>path("months[1].currencies[0].expenses")).isEqualTo(4_500);
    assertThat(revenue.<Integer>path("months[1].currencies[0].net")).isEqualTo(-24_500);
    assertThat(revenue.<Integer>path("months[2].currencies[0].net")).isZero();
    assertThat(revenue.<List<Integer>>path("totals.net")).containsExactly(94_300);

    Response occupancy = as(owner).get("/api/v1/analytics/occupancy?months=2&asOf=2030-02-10");
    assertThat(occupancy.statusCode()).as(occupancy.asString()).isEqualTo(200);
    assertThat(occupancy.<List<String>>path("months.month")).containsExactly("2030-01", "2030-02");
    assertThat(occupancy.<List<Integer>>path("months.units")).containsExactly(1, 1);
    assertThat(occupancy.<List<Integer>>path("months.occupied")).containsExactly(1, 1);

    Response maintenance = as(owner).get("/api/v1/analytics/maintenance");
    assertThat(maintenance.statusCode()).as(maintenance.asString()).isEqualTo(200);
    assertThat(maintenance.<Integer>path("byStatus.OPEN")).isEqualTo(1);
    assertThat(maintenance.<Integer>path("byStatus.COMPLETED")).isZero();
    assertThat(maintenance.<Integer>path("byCategory.PLUMBING")).isEqualTo(1);
    assertThat(maintenance.<Object>path("meanDaysToComplete")).isNull();

    Response expiring =
        as(owner).get("/api/v1/analytics/expiring-leases?withinDays=30&asOf=2030-12-15");
    assertThat(expiring.statusCode()).as(expiring.asString()).isEqualTo(200);
    assertThat(expiring.<Integer>path("total")).isEqualTo(1);
    assertThat(expiring.<List<String>>path("data.leaseId")).containsExactly(portfolio.lease);
    assertThat(expiring.<List<Integer>>path("data.daysLeft")).containsExactly(16);
    assertThat(expiring.<List<String>>path("data.primaryTenant.name")).containsExactly("Ana Lima");

    Response history =
        as(owner).get("/api/v1/tenants/" + portfolio.tenant + "/payment-history?limit=5");
    assertThat(history.statusCode()).as(history.asString()).isEqualTo(200);
    assertThat(history.<Integer>path("total")).isEqualTo(1);
    assertThat(history.<List<Integer>>path("data.balance")).containsExactly(20_000);
    assertThat(history.<List<Integer>>path("data[0].payments.amount")).containsExactly(120_000);
  }

  @Test
  void anotherOwnersTenantIsNotFoundExactlyLikeAnUnknownOne() {
    String owner = Api.newUser("OWNER");
    String theirs = Api.createTenant(owner, "Bo", "Diddley", ItDatabase.newEmail("bo"));
    String other = Api.newUser("OWNER");

    Response notTheirs = as(other).get("/api/v1/tenants/" + theirs + "/payment-history");
    Response unknown =
        as(other).get("/api/v1/tenants/7d1f3c8e-0000-4000-8000-000000000000/payment-history");

    assertProblem(notTheirs, 404, "not-found");
    assertProblem(unknown, 404, "not-found");
    assertThat(notTheirs.<String>path("detail")).isEqualTo(unknown.<String>path("detail"));
    assertThat(as(owner).get("/api/v1/analytics/revenue").<List<Object>>path("totals")).isEmpty();
    assertThat(as(other).get("/api/v1/analytics/revenue").<List<String>>path("months.month"))
        .hasSize(12);
  }

  @Test
  void tenantsAreForbiddenAndAnonymousCallersUnauthenticated() {
    String renter = Api.newUser("TENANT");
    for (String path : REPORTS) {
      assertProblem(as(renter).get(path), 403, "forbidden");
      assertProblem(Api.anonymous().get(path), 401, "unauthenticated");
    }
    String tenantRecord =
        Api.createTenant(Api.newUser("OWNER"), "Cy", "Young", ItDatabase.newEmail("cy"));
    String history = "/api/v1/tenants/" + tenantRecord + "/payment-history";
    assertProblem(as(renter).get(history), 403, "forbidden");
    assertProblem(Api.anonymous().get(history), 401, "unauthenticated");
  }

  @Test
  void unreadableOrOutOfRangeParametersAre400() {
    String owner = Api.newUser("OWNER");
    for (String query :
        List.of(
            "revenue?from=2030-03&to=2030-01",
            "revenue?from=2030-01&to=2033-01",
            "revenue?from=2030-13",
            "revenue?from=garbage",
            "revenue?to=99999999999-01",
            "occupancy?months=0",
            "occupancy?months=37",
            "occupancy?months=99999999999999999999999",
            "occupancy?months=twelve",
            "occupancy?asOf=2030-02-30",
            "expiring-leases?withinDays=-1",
            "expiring-leases?withinDays=366",
            "expiring-leases?withinDays=1e400",
            "expiring-leases?limit=0",
            "expiring-leases?offset=-1")) {
      Response response = as(owner).get("/api/v1/analytics/" + query);
      assertProblem(response, 400, "invalid-parameter");
    }
    String tenant = Api.createTenant(owner, "Di", "Ng", ItDatabase.newEmail("di"));
    assertProblem(
        as(owner).get("/api/v1/tenants/" + tenant + "/payment-history?limit=101"),
        400,
        "invalid-parameter");
  }

  @Test
  void eachReportsCallIsTimedInMetrics() {
    String owner = Api.newUser("OWNER");
    assertThat(as(owner).get("/api/v1/analytics/revenue").statusCode()).isEqualTo(200);
    assertThat(as(owner).get("/api/v1/analytics/maintenance").statusCode()).isEqualTo(200);

    String metrics =
        given().baseUri(Api.BASE).get("/metrics").then().statusCode(200).extract().asString();

    assertThat(metrics)
        .containsPattern("leaseport_report_seconds_count\\{[^}]*report=\"revenue\"")
        .containsPattern("leaseport_report_seconds_count\\{[^}]*report=\"maintenance\"");
  }

  /**
   * One unit let from 2030-01-01 to 2030-12-31 to Ana Lima under an ACTIVE lease; January's rent of
   * 120000 paid on 5 January (fee 1200), 20000 of it refunded on 3 February; an expense of 4500 on
   * 10 February and an open plumbing request, both through the API.
   */
  private record Portfolio(String lease, String tenant) {
    static Portfolio of(String owner) {
      String property = Api.createProperty(owner, "Elm Court");
      String unit = Api.createUnit(owner, property, "1A", 120_000);
      ItDatabase.execute(
          "update leaseport.units set created_at = '2029-12-01T00:00:00Z' where id = ?::uuid",
          unit);
      String tenant = Api.createTenant(owner, "Ana", "Lima", ItDatabase.newEmail("ana"));
      Response created =
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
                      Map.of("amount", 120_000),
                      "tenants",
                      List.of(Map.of("tenantId", tenant, "role", "PRIMARY"))))
              .post("/api/v1/leases");
      assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
      String lease = created.path("id");
      // Signing needs the renter's account; the lease is put in force directly instead.
      ItDatabase.execute("update leaseport.leases set status = 'ACTIVE' where id = ?::uuid", lease);
      ItDatabase.execute(
          "insert into leaseport.charges (owner_id, lease_id, currency, kind, period_start,"
              + " period_end, description, amount, due_date, amount_paid, amount_refunded)"
              + " select l.owner_id, l.id, l.currency, 'RENT', '2030-01-01', '2030-01-31',"
              + " 'Rent January', 120000, '2030-01-01', 120000, 20000"
              + " from leaseport.leases l where l.id = ?::uuid",
          lease);
      ItDatabase.execute(
          "insert into leaseport.payments (owner_id, charge_id, lease_id, payer_id, amount,"
              + " currency, application_fee_amount, status, amount_refunded, created_at)"
              + " select c.owner_id, c.id, c.lease_id, c.owner_id, 120000, c.currency, 1200,"
              + " 'SUCCEEDED', 20000, '2030-01-05T12:00:00Z'"
              + " from leaseport.charges c where c.lease_id = ?::uuid",
          lease);
      ItDatabase.execute(
          "insert into leaseport.payment_refunds (owner_id, payment_id, amount, currency, reason,"
              + " status, requested_by, created_at)"
              + " select p.owner_id, p.id, 20000, p.currency, 'REQUESTED_BY_CUSTOMER', 'SUBMITTED',"
              + " p.owner_id, '2030-02-03T12:00:00Z'"
              + " from leaseport.payments p where p.lease_id = ?::uuid",
          lease);
      Response expense =
          as(owner)
              .body(
                  Map.of(
                      "propertyId",
                      property,
                      "category",
                      "REPAIRS",
                      "amount",
                      Map.of("amount", 4_500),
                      "incurredOn",
                      "2030-02-10"))
              .post("/api/v1/expenses");
      assertThat(expense.statusCode()).as(expense.asString()).isEqualTo(201);
      Response request =
          as(owner)
              .body(Map.of("unitId", unit, "title", "Leaking tap", "category", "PLUMBING"))
              .post("/api/v1/maintenance-requests");
      assertThat(request.statusCode()).as(request.asString()).isEqualTo(201);
      return new Portfolio(lease, tenant);
    }
  }
}
