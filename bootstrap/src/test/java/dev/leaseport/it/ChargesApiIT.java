package dev.leaseport.it;

import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Charges over HTTP: an ACTIVE lease made through the API (invite, draft, send, both sign), the
 * daily jobs run by an admin for a date, the owner's OTHER charge and void, the renter's reads, and
 * everyone else's 404s.
 */
@ExtendWith(ArquillianExtension.class)
class ChargesApiIT {
  private static final long RENT = 310_000;
  private static final long LATE_FEE = 5_000;

  private String owner;
  private String renter;
  private String lease;
  private LocalDate start;

  /**
   * A lease starting on the 15th of a past month of its own (the job runs once per date, and the
   * integration-test database outlives a run), due on the 1st, with a late fee.
   */
  @BeforeEach
  void anActiveLeaseStartingMidMonth() {
    owner = Api.newUser("OWNER");
    String unit = Api.createUnit(owner, Api.createProperty(owner, "Elm Court"), "1A", RENT);
    String renterEmail = ItDatabase.newEmail("renter");
    String tenant = Api.createTenant(owner, "Ana", "Lima", renterEmail);
    renter = Api.token("TENANT", renterEmail);
    Api.inviteAndAccept(owner, tenant, unit, renter);
    start = LocalDate.of(2001, 1, 15).plusMonths(ThreadLocalRandom.current().nextInt(12 * 20));
    Response drafted =
        as(owner)
            .body(
                Map.of(
                    "unitId", unit,
                    "startDate", start.toString(),
                    "endDate", start.plusYears(1).toString(),
                    "rentAmount", Map.of("amount", RENT, "currency", "usd"),
                    "rentDueDay", 1,
                    "lateFeeAmount", Map.of("amount", LATE_FEE, "currency", "usd"),
                    "tenants", List.of(Map.of("tenantId", tenant, "role", "PRIMARY"))))
            .post("/api/v1/leases");
    assertThat(drafted.statusCode()).as(drafted.asString()).isEqualTo(201);
    lease = drafted.path("id");
    as(owner).post("/api/v1/leases/" + lease + "/send").then().statusCode(200);
    as(owner).post("/api/v1/leases/" + lease + "/sign").then().statusCode(200);
    as(renter).post("/api/v1/leases/" + lease + "/sign").then().statusCode(200);
  }

  @Test
  void theJobsChargeProratedRentAndALateFeeWhichTheRenterReads() {
    String admin = Api.newUser("ADMIN");

    Response rentRun = runOnAFreshDate(admin, "generate-rent-charges", start);
    assertThat(rentRun.<Integer>path("counts.created")).isPositive();

    Response rent = charges(renter, "?leaseId=" + lease + "&kind=RENT&sort=dueDate");
    Map<String, Object> first = rent.path("data[0]");
    long days = start.lengthOfMonth() - start.getDayOfMonth() + 1;
    long prorated =
        BigDecimal.valueOf(RENT * days)
            .divide(BigDecimal.valueOf(start.lengthOfMonth()), 0, RoundingMode.HALF_UP)
            .longValueExact();
    assertThat(first)
        .containsEntry("kind", "RENT")
        .containsEntry("status", "OPEN")
        .containsEntry("periodStart", start.toString())
        .containsEntry("periodEnd", start.withDayOfMonth(start.lengthOfMonth()).toString())
        .containsEntry("dueDate", start.toString());
    assertThat(rent.<Integer>path("data[0].amount.amount")).isEqualTo((int) prorated);
    assertThat(rent.<Integer>path("data[0].balance.amount")).isEqualTo((int) prorated);
    assertThat(rent.<String>path("data[0].amount.currency")).isEqualTo("usd");
    assertThat(rent.<Integer>path("total")).isEqualTo(rent.<List<?>>path("data").size());

    Response feeRun = runOnAFreshDate(admin, "apply-late-fees", start.plusDays(6));
    assertThat(feeRun.<String>path("outcome")).isEqualTo("SUCCEEDED");
    Response fees = charges(renter, "?leaseId=" + lease + "&kind=LATE_FEE");
    assertThat(fees.<Integer>path("total")).isEqualTo(1);
    assertThat(fees.<String>path("data[0].parentChargeId")).isEqualTo(rent.path("data[0].id"));
    assertThat(fees.<Integer>path("data[0].amount.amount")).isEqualTo((int) LATE_FEE);

    String chargeId = rent.path("data[0].id");
    Response one = as(renter).get("/api/v1/charges/" + chargeId);
    assertThat(one.statusCode()).as(one.asString()).isEqualTo(200);
    assertThat(one.header("ETag")).isEqualTo("\"" + one.<Integer>path("version") + "\"");
    assertThat(one.<Integer>path("pending.amount")).isZero();
    assertThat(
            as(renter)
                .get("/api/v1/notifications?limit=100")
                .jsonPath()
                .getList("data.findAll { it.link == '/api/v1/charges/" + chargeId + "' }.type"))
        .containsExactly("CHARGE_CREATED");
  }

  @Test
  void theOwnerAddsAnOtherChargeAndVoidsIt() {
    Response added = addCharge(owner, lease, "Replacement key", 2_500, "usd");

    assertThat(added.statusCode()).as(added.asString()).isEqualTo(201);
    String id = added.path("id");
    assertThat(added.header("Location")).endsWith("/api/v1/charges/" + id);
    assertThat(added.<String>path("kind")).isEqualTo("OTHER");
    assertThat(added.<Integer>path("balance.amount")).isEqualTo(2_500);
    assertThat(as(renter).get("/api/v1/charges/" + id).statusCode()).isEqualTo(200);

    Response voided = as(owner).post("/api/v1/charges/" + id + "/void");
    assertThat(voided.statusCode()).as(voided.asString()).isEqualTo(200);
    assertThat(voided.<String>path("status")).isEqualTo("VOID");
    assertThat(voided.<String>path("voidedAt")).isNotBlank();
    assertProblem(as(owner).post("/api/v1/charges/" + id + "/void"), 409, "charge-state-conflict");
    assertThat(charges(owner, "?leaseId=" + lease + "&status=VOID").<Integer>path("total"))
        .isEqualTo(1);
  }

  @Test
  void anotherOwnerAndAnotherRenterFindNothingAndARenterCannotWrite() {
    String id = addCharge(owner, lease, "Replacement key", 2_500, "usd").path("id");
    String otherOwner = Api.newUser("OWNER");
    String otherRenter = Api.newUser("TENANT");

    assertProblem(as(otherOwner).get("/api/v1/charges/" + id), 404, "not-found");
    assertProblem(as(otherRenter).get("/api/v1/charges/" + id), 404, "not-found");
    assertProblem(as(otherOwner).post("/api/v1/charges/" + id + "/void"), 404, "not-found");
    assertProblem(addCharge(otherOwner, lease, "Forged", 100, "usd"), 404, "not-found");
    assertThat(charges(otherRenter, "?leaseId=" + lease).<Integer>path("total")).isZero();
    assertThat(charges(otherOwner, "").<Integer>path("total")).isZero();
    assertProblem(as(renter).post("/api/v1/charges/" + id + "/void"), 403, "forbidden");
    assertProblem(addCharge(renter, lease, "Forged", 100, "usd"), 403, "forbidden");
    assertProblem(Api.anonymous().get("/api/v1/charges"), 401, "unauthenticated");
    assertProblem(as(owner).get("/api/v1/charges/not-a-uuid"), 404, "not-found");
  }

  @Test
  void hostileInputIsRefusedAndChangesNothing() {
    assertProblem(addCharge(owner, lease, "Keys", -5, "usd"), 422, "validation-failed");
    assertProblem(addCharge(owner, lease, " ", 100, "usd"), 422, "validation-failed");
    assertProblem(addCharge(owner, lease, "Keys", 100, "eur"), 422, "validation-failed");
    assertProblem(
        as(owner)
            .body(Map.of("description", "Keys", "amount", 100, "dueDate", "2030-01-01"))
            .post("/api/v1/leases/" + lease + "/charges"),
        400,
        "malformed-request");
    assertProblem(
        as(owner)
            .body(
                Map.of(
                    "description", "Keys",
                    "amount", Map.of("amount", 100, "currency", "usd"),
                    "dueDate", "2030-01-01",
                    "status", "PAID"))
            .post("/api/v1/leases/" + lease + "/charges"),
        400,
        "malformed-request");
    assertProblem(charges(owner, "?dueFrom=yesterday"), 400, "invalid-parameter");
    assertProblem(charges(owner, "?status=UNPAID"), 400, "invalid-parameter");
    assertProblem(charges(owner, "?sort=balance"), 400, "invalid-parameter");
    assertProblem(charges(owner, "?leaseId=1;drop"), 400, "invalid-parameter");
    assertThat(charges(owner, "?leaseId=" + lease + "&kind=OTHER").<Integer>path("total")).isZero();
  }

  private static Response addCharge(
      String token, String lease, String description, long amount, String currency) {
    return as(token)
        .body(
            Map.of(
                "description",
                description,
                "amount",
                Map.of("amount", amount, "currency", currency),
                "dueDate",
                "2030-07-01"))
        .post("/api/v1/leases/" + lease + "/charges");
  }

  private static Response charges(String token, String query) {
    return as(token).get("/api/v1/charges" + query);
  }

  /**
   * Runs {@code job} as of the first date from {@code from} not run before (a date already done
   * answers 200 with its old record and does nothing new).
   */
  private static Response runOnAFreshDate(String admin, String job, LocalDate from) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (LocalDate asOf = from; !asOf.isAfter(today); asOf = asOf.plusDays(1)) {
      Response run =
          as(admin)
              .body(Map.of("asOf", asOf.toString()))
              .post("/api/v1/admin/jobs/" + job + "/run");
      if (run.statusCode() != 200) {
        assertThat(run.statusCode()).as(run.asString()).isEqualTo(201);
        assertThat(run.<String>path("outcome")).as(run.asString()).isEqualTo("SUCCEEDED");
        return run;
      }
    }
    throw new AssertionError("every date from " + from + " has already been run");
  }
}
