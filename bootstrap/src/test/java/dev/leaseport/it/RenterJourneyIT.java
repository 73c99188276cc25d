package dev.leaseport.it;

import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole renter journey, over HTTP only and with dev tokens as a client would have them: an
 * owner lists a unit, records and invites a renter, who accepts; the owner drafts, sends and signs
 * a lease, the renter signs it and it is active; both are notified; an admin's run of the daily job
 * ends the lease once its term is over and the unit is vacant again.
 */
@ExtendWith(ArquillianExtension.class)
class RenterJourneyIT {

  @Test
  void anInvitedRenterSignsALeaseThatIsActiveUntilTheDailyJobEndsIt() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Elm Court");
    String unit = Api.createUnit(owner, property, "1A", 150_000);
    String renterEmail = ItDatabase.newEmail("renter");
    String tenant = Api.createTenant(owner, "Ana", "Lima", renterEmail);
    String renter = Api.token("TENANT", renterEmail);

    Response accepted = Api.inviteAndAccept(owner, tenant, unit, renter);
    assertThat(accepted.<String>path("tenantId")).isEqualTo(tenant);
    assertThat(accepted.<String>path("unitId")).isEqualTo(unit);
    assertThat(as(owner).get("/api/v1/tenants/" + tenant).<String>path("userId"))
        .isEqualTo(as(renter).get("/api/v1/me").<String>path("id"));

    LocalDate end = aPastEndDate();
    String lease = draft(owner, unit, tenant, end.minusYears(1).plusDays(1), end);
    assertThat(act(owner, lease, "send").<String>path("status")).isEqualTo("PENDING_SIGNATURE");
    assertThat(act(owner, lease, "sign").<String>path("status")).isEqualTo("PENDING_SIGNATURE");
    Response signed = act(renter, lease, "sign");

    assertThat(signed.<String>path("status")).isEqualTo("ACTIVE");
    assertThat(signed.<List<String>>path("signatures.party")).containsExactly("OWNER", "TENANT");
    assertThat(as(owner).get("/api/v1/units/" + unit).<String>path("status")).isEqualTo("OCCUPIED");
    assertThat(notifications(renter, lease))
        .containsExactlyInAnyOrder("LEASE_SENT_FOR_SIGNATURE", "LEASE_SIGNED", "LEASE_ACTIVATED");
    assertThat(notifications(owner, lease))
        .containsExactlyInAnyOrder("LEASE_SIGNED", "LEASE_ACTIVATED");
    assertThat(notifications(owner, "/api/v1/tenants/" + tenant))
        .containsExactly("INVITATION_ACCEPTED");

    Response renterLease = as(renter).get("/api/v1/leases/" + lease);
    assertThat(renterLease.statusCode()).as(renterLease.asString()).isEqualTo(200);
    assertThat(renterLease.<String>path("status")).isEqualTo("ACTIVE");
    assertThat(renterLease.<String>path("tenants[0].id")).isEqualTo(tenant);
    assertThat(renterLease.<String>path("tenants[0].role")).isEqualTo("PRIMARY");
    Response renterUnit = as(renter).get("/api/v1/units/" + unit);
    assertThat(renterUnit.statusCode()).as(renterUnit.asString()).isEqualTo(200);
    assertThat(renterUnit.<String>path("unitNumber")).isEqualTo("1A");
    assertThat(renterUnit.<String>path("status")).isEqualTo("OCCUPIED");

    Response run = endExpiredLeasesAfter(Api.newUser("ADMIN"), end);

    assertThat(run.<String>path("outcome")).isEqualTo("SUCCEEDED");
    assertThat(run.<Integer>path("counts.ended")).isPositive();
    assertThat(as(owner).get("/api/v1/leases/" + lease).<String>path("status")).isEqualTo("ENDED");
    assertThat(as(owner).get("/api/v1/units/" + unit).<String>path("status")).isEqualTo("VACANT");
  }

  @Test
  void theRenterSeesNoOtherOwnersDataAndAnotherRenterNotOnTheLeaseFindsNothing() {
    String owner = Api.newUser("OWNER");
    String unit = Api.createUnit(owner, Api.createProperty(owner, "Elm Court"), "1A", 150_000);
    String renterEmail = ItDatabase.newEmail("renter");
    String tenant = Api.createTenant(owner, "Ana", "Lima", renterEmail);
    String renter = Api.token("TENANT", renterEmail);
    Api.inviteAndAccept(owner, tenant, unit, renter);
    String lease = draft(owner, unit, tenant, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31));
    act(owner, lease, "send");
    act(owner, lease, "sign");
    act(renter, lease, "sign");
    String otherOwner = Api.newUser("OWNER");
    String othersUnit =
        Api.createUnit(otherOwner, Api.createProperty(otherOwner, "Oak Row"), "2B", 120_000);
    String otherRenter = Api.newUser("TENANT");

    as(renter).get("/api/v1/units/" + unit).then().statusCode(200);
    assertProblem(as(renter).get("/api/v1/units/" + othersUnit), 404, "not-found");
    assertProblem(as(otherRenter).get("/api/v1/leases/" + lease), 404, "not-found");
    assertProblem(as(otherRenter).get("/api/v1/units/" + unit), 404, "not-found");
    assertProblem(as(otherOwner).get("/api/v1/leases/" + lease), 404, "not-found");
    assertThat(as(otherRenter).get("/api/v1/notifications").<Integer>path("total")).isZero();
  }

  /**
   * A past date of its own for each run (the integration-test database outlives a run, and the job
   * runs once per date): a lease ending then is over by any later date the admin runs.
   */
  private static LocalDate aPastEndDate() {
    return LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(9000));
  }

  /**
   * Runs {@code end-expired-leases} as of the first date after {@code end} not run before: a date
   * already done answers 200 with its old record and ends nothing new.
   */
  private static Response endExpiredLeasesAfter(String admin, LocalDate end) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (LocalDate asOf = end.plusDays(1); !asOf.isAfter(today); asOf = asOf.plusDays(1)) {
      Response run =
          as(admin)
              .body(Map.of("asOf", asOf.toString()))
              .post("/api/v1/admin/jobs/end-expired-leases/run");
      if (run.statusCode() != 200) {
        assertThat(run.statusCode()).as(run.asString()).isEqualTo(201);
        assertThat(run.<String>path("runDate")).isEqualTo(asOf.toString());
        return run;
      }
    }
    throw new AssertionError("every date after " + end + " has already been run");
  }

  private static String draft(
      String owner, String unit, String tenant, LocalDate start, LocalDate end) {
    Response created =
        as(owner)
            .body(
                Map.of(
                    "unitId",
                    unit,
                    "startDate",
                    start.toString(),
                    "endDate",
                    end.toString(),
                    "rentAmount",
                    Map.of("amount", 150_000, "currency", "usd"),
                    "tenants",
                    List.of(Map.of("tenantId", tenant, "role", "PRIMARY"))))
            .post("/api/v1/leases");
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    assertThat(created.<String>path("status")).isEqualTo("DRAFT");
    return created.path("id");
  }

  private static Response act(String token, String lease, String action) {
    Response response = as(token).post("/api/v1/leases/" + lease + "/" + action);
    assertThat(response.statusCode()).as(action + ": " + response.asString()).isEqualTo(200);
    return response;
  }

  /** The types of the caller's notifications that link to {@code leaseOrPath}. */
  private static List<String> notifications(String token, String leaseOrPath) {
    String link = leaseOrPath.startsWith("/") ? leaseOrPath : "/api/v1/leases/" + leaseOrPath;
    Response list = as(token).get("/api/v1/notifications?limit=100");
    assertThat(list.statusCode()).as(list.asString()).isEqualTo(200);
    return list.jsonPath().getList("data.findAll { it.link == '" + link + "' }.type");
  }
}
