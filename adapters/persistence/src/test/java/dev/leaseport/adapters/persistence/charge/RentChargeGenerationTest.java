package dev.leaseport.adapters.persistence.charge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.jobs.DatabaseJobRunner;
import dev.leaseport.adapters.persistence.jobs.JobRegistry;
import dev.leaseport.adapters.persistence.jooq.leaseport.Routines;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.job.JobAttempt;
import dev.leaseport.domain.job.JobOutcome;
import dev.leaseport.domain.job.JobTrigger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * generate_rent_charges(as_of): calendar-month periods clipped to the lease, prorated by days (half
 * up), due on the lease's due day moved into a partial period, created within the lead days, once
 * per lease and period however often and however concurrently it runs.
 */
class RentChargeGenerationTest extends ChargeTest {
  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void aFullMonthIsTheRentDueOnTheDueDay() {
    UUID lease = activeLease(day("2030-01-01"), day("2030-12-31"), 150000, 1);

    String counts = generate(day("2030-01-01"), 7);

    assertThat(counts).isEqualTo("{\"created\": 1}");
    assertThat(chargesOf(lease))
        .containsExactly("RENT 2030-01-01..2030-01-31 150000 due 2030-01-01 OPEN");
  }

  @Test
  void aPeriodIsCreatedOnceItsDueDateIsWithinTheLeadDays() {
    UUID lease = activeLease(day("2030-01-01"), day("2030-12-31"), 150000, 1);

    generate(day("2030-01-24"), 7);
    assertThat(chargesOf(lease)).hasSize(1);

    generate(day("2030-01-25"), 7);
    assertThat(chargesOf(lease))
        .containsExactly(
            "RENT 2030-01-01..2030-01-31 150000 due 2030-01-01 OPEN",
            "RENT 2030-02-01..2030-02-28 150000 due 2030-02-01 OPEN");
  }

  @Test
  void zeroLeadDaysCreatesAPeriodOnItsDueDateOnly() {
    UUID lease = activeLease(day("2030-01-01"), day("2030-12-31"), 150000, 10);

    generate(day("2030-01-09"), 0);
    assertThat(chargesOf(lease)).isEmpty();

    generate(day("2030-01-10"), 0);
    assertThat(chargesOf(lease))
        .containsExactly("RENT 2030-01-01..2030-01-31 150000 due 2030-01-10 OPEN");
  }

  @Test
  void aLeaseStartingMidMonthPaysItsDaysOfThatMonthDueOnItsFirstDay() {
    UUID lease = activeLease(day("2030-01-20"), day("2030-12-31"), 310000, 1);

    generate(day("2030-01-20"), 7);

    // 310000 x 12 days / 31 days = 120000
    assertThat(chargesOf(lease))
        .containsExactly("RENT 2030-01-20..2030-01-31 120000 due 2030-01-20 OPEN");
  }

  @Test
  void proratedRentIsRoundedHalfUpToAMinorUnit() {
    UUID halfUp = activeLease(day("2030-04-16"), day("2030-12-31"), 31, 1);
    UUID down = activeLease(day("2030-01-31"), day("2030-12-31"), 100000, 1);

    generate(day("2030-04-16"), 0);

    // 31 x 15 / 30 = 15.5 -> 16; 100000 x 1 / 31 = 3225.8 -> 3226
    assertThat(chargesOf(halfUp)).first().asString().startsWith("RENT 2030-04-16..2030-04-30 16 ");
    assertThat(chargesOf(down))
        .first()
        .isEqualTo("RENT 2030-01-31..2030-01-31 3226 due 2030-01-31 OPEN");
  }

  @Test
  void februaryProratesByItsDaysInLeapAndCommonYears() {
    UUID leap = activeLease(day("2028-02-15"), day("2028-12-31"), 290000, 1);
    UUID common = activeLease(day("2030-02-15"), day("2030-12-31"), 280000, 1);

    generate(day("2030-02-15"), 0);

    // 2028: 15 of 29 days; 2030: 14 of 28 days.
    assertThat(chargesOf(leap))
        .first()
        .isEqualTo("RENT 2028-02-15..2028-02-29 150000 due 2028-02-15 OPEN");
    assertThat(chargesOf(common))
        .containsExactly("RENT 2030-02-15..2030-02-28 140000 due 2030-02-15 OPEN");
  }

  @Test
  void dueDay28IsInFebruaryToo() {
    UUID lease = activeLease(day("2030-01-01"), day("2030-12-31"), 150000, 28);

    generate(day("2030-02-21"), 7);

    assertThat(chargesOf(lease))
        .containsExactly(
            "RENT 2030-01-01..2030-01-31 150000 due 2030-01-28 OPEN",
            "RENT 2030-02-01..2030-02-28 150000 due 2030-02-28 OPEN");
  }

  @Test
  void theLastPartialMonthIsProratedAndDueBeforeTheLeaseEnds() {
    UUID lease = activeLease(day("2030-01-01"), day("2030-03-10"), 310000, 15);

    generate(day("2030-03-10"), 7);

    assertThat(chargesOf(lease))
        .containsExactly(
            "RENT 2030-01-01..2030-01-31 310000 due 2030-01-15 OPEN",
            "RENT 2030-02-01..2030-02-28 310000 due 2030-02-15 OPEN",
            "RENT 2030-03-01..2030-03-10 100000 due 2030-03-10 OPEN");
  }

  @Test
  void aMonthEndingLeaseHasNoChargeAfterItsEnd() {
    UUID lease = activeLease(day("2030-01-01"), day("2030-01-31"), 150000, 1);

    generate(day("2030-03-01"), 7);

    assertThat(chargesOf(lease))
        .containsExactly("RENT 2030-01-01..2030-01-31 150000 due 2030-01-01 OPEN");
  }

  @Test
  void aLeaseStartingLaterHasNoChargeBeforeItsFirstDueDateIsNear() {
    UUID lease = activeLease(day("2030-06-01"), day("2031-05-31"), 150000, 1);

    generate(day("2030-05-24"), 7);
    assertThat(chargesOf(lease)).isEmpty();

    generate(day("2030-05-25"), 7);
    assertThat(chargesOf(lease)).hasSize(1);
  }

  @Test
  void missedPeriodsAreCaughtUp() {
    UUID lease = activeLease(day("2030-01-01"), day("2030-12-31"), 150000, 5);

    String counts = generate(day("2030-03-20"), 7);

    assertThat(counts).isEqualTo("{\"created\": 3}");
    assertThat(chargesOf(lease)).hasSize(3);
  }

  @Test
  void onlyActiveLeasesGetRent() {
    for (String status :
        List.of("DRAFT", "PENDING_SIGNATURE", "ENDED", "TERMINATED", "CANCELLED")) {
      lease(owner, property, tenant, status, day("2030-01-01"), day("2030-12-31"), 1000, 1, 0);
    }

    assertThat(generate(day("2030-01-01"), 7)).isEqualTo("{\"created\": 0}");
    assertThat(database().count("select count(*) from leaseport.charges")).isZero();
  }

  @Test
  void aSecondRunCreatesNothing() {
    UUID lease = activeLease(day("2030-01-01"), day("2030-12-31"), 150000, 1);
    generate(day("2030-02-01"), 7);

    String again = generate(day("2030-02-01"), 7);

    assertThat(again).isEqualTo("{\"created\": 0}");
    assertThat(chargesOf(lease)).hasSize(2);
    assertThat(notificationsOf(renter, "CHARGE_CREATED")).isEqualTo(2);
  }

  @Test
  void twoRunsAtOnceOnTwoConnectionsCreateEachChargeOnce() throws Exception {
    List<UUID> leases = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      leases.add(activeLease(day("2030-01-01"), day("2030-12-31"), 150000, 1 + i));
    }
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<String>> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      runs.add(
          CompletableFuture.supplyAsync(
              () -> {
                await(start);
                return generate(day("2030-02-01"), 7);
              }));
    }
    start.countDown();

    long created = 0;
    for (CompletableFuture<String> run : runs) {
      created += Long.parseLong(run.get(60, TimeUnit.SECONDS).replaceAll("\\D", ""));
    }

    long expected = database().count("select count(*) from leaseport.charges");
    assertThat(created).isEqualTo(expected);
    // Due days 1..20: January for all; February 1..8 due within the 7 lead days of Feb 1.
    assertThat(expected).isEqualTo(28);
    assertThat(notificationsOf(renter, "CHARGE_CREATED")).isEqualTo(28);
  }

  @Test
  void eachNewChargeNotifiesEveryLinkedRenterOfItsLeaseOnce() {
    Caller coTenant = newTenant();
    UUID lease =
        lease(owner, property, tenant, "DRAFT", day("2030-01-01"), day("2030-12-31"), 1000, 1, 0);
    UUID coTenantRecord = tenantRecordOf(owner, coTenant, "bo@example.test");
    var sql = database().superuser();
    sql.execute(
        "insert into leaseport.lease_tenants (lease_id, tenant_id, owner_id, role)"
            + " select id, ?, owner_id, 'CO_TENANT' from leaseport.leases where id = ?",
        coTenantRecord,
        lease);
    sql.execute("update leaseport.leases set status = 'ACTIVE' where id = ?", lease);
    Caller stranger = newTenant();

    generate(day("2030-01-01"), 7);

    assertThat(notificationsOf(renter, "CHARGE_CREATED")).isEqualTo(1);
    assertThat(notificationsOf(coTenant, "CHARGE_CREATED")).isEqualTo(1);
    assertThat(notificationsOf(stranger, "CHARGE_CREATED")).isZero();
    assertThat(notificationsOf(owner, "CHARGE_CREATED")).isZero();
    assertThat(
            database()
                .superuser()
                .fetchSingle(
                    "select link from leaseport.notifications where user_id = ?"
                        + " and type = 'CHARGE_CREATED'",
                    renter.userId())
                .get(0, String.class))
        .startsWith("/api/v1/charges/");
  }

  @Test
  void theBuiltInJobRunsItWithTheConfiguredLeadDaysOncePerDate() {
    UUID lease = activeLease(day("2030-01-01"), day("2030-12-31"), 150000, 1);
    DatabaseJobRunner runner =
        new DatabaseJobRunner(
            systemTier(reason -> {}),
            JobRegistry.builtInAnd(List.of()),
            "server-a",
            run -> {},
            Map.of("leaseport.charge_lead_days", "31"));

    JobAttempt first = runner.run("generate-rent-charges", day("2030-01-01"), JobTrigger.ADMIN);
    JobAttempt second = runner.run("generate-rent-charges", day("2030-01-01"), JobTrigger.ADMIN);

    assertThat(first.run().outcome()).isEqualTo(JobOutcome.SUCCEEDED);
    assertThat(first.run().counts()).isEqualTo(Map.of("created", 2L));
    assertThat(second.ranNow()).isFalse();
    assertThat(chargesOf(lease)).hasSize(2);
  }

  @Test
  void requestsCannotRunTheJob() {
    activeLease(day("2030-01-01"), day("2030-12-31"), 150000, 1);

    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        Routines.generateRentCharges(
                            transactions.dsl().configuration(), day("2030-01-01"))))
        .isInstanceOf(RuntimeException.class);
    assertThat(database().count("select count(*) from leaseport.charges")).isZero();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
