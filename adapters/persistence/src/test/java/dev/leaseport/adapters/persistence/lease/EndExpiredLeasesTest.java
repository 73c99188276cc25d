package dev.leaseport.adapters.persistence.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.jobs.DatabaseJobRunner;
import dev.leaseport.adapters.persistence.jobs.JobRegistry;
import dev.leaseport.adapters.persistence.jooq.leaseport.Routines;
import dev.leaseport.adapters.persistence.system.SystemReason;
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
import org.jooq.JSONB;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * end_expired_leases(as_of), as the job runner calls it through the system tier: each expired lease
 * ends once, whether the job runs twice or on two connections at once.
 */
class EndExpiredLeasesTest extends LeaseTest {
  private static final LocalDate AFTER_THE_END = LocalDate.of(2031, 1, 1);
  private final List<UUID> expired = new ArrayList<>();

  /** Three ACTIVE leases ending 2030-12-31, of three units, and one running until 2031. */
  @BeforeEach
  void activeLeases() {
    expired.add(activeLeaseOf(unit, LocalDate.of(2030, 12, 31)));
    expired.add(activeLeaseOf(unitOf(owner, property, "2B"), LocalDate.of(2030, 12, 31)));
    expired.add(activeLeaseOf(unitOf(owner, property, "3C"), LocalDate.of(2030, 12, 31)));
    activeLeaseOf(unitOf(owner, property, "4D"), LocalDate.of(2031, 6, 30));
  }

  @Test
  void expiredLeasesEndAndTheirUnitsAreVacant() {
    JSONB counts = run(AFTER_THE_END);

    assertThat(counts.data()).isEqualTo("{\"ended\": 3, \"unitsVacated\": 3}");
    assertThat(statuses()).containsExactly("ACTIVE", "ENDED", "ENDED", "ENDED");
    assertThat(unitStatus()).isEqualTo("VACANT");
    assertThat(database().count("select count(*) from leaseport.units where status = 'OCCUPIED'"))
        .isEqualTo(1);
  }

  @Test
  void theBuiltInJobEndsThemThroughTheJobRunnerOncePerDate() {
    DatabaseJobRunner runner =
        new DatabaseJobRunner(
            systemTier(reason -> {}), JobRegistry.builtInAnd(List.of()), "server-a", run -> {});

    JobAttempt first = runner.run("end-expired-leases", AFTER_THE_END, JobTrigger.SCHEDULE);
    JobAttempt second = runner.run("end-expired-leases", AFTER_THE_END, JobTrigger.ADMIN);

    assertThat(first.run().outcome()).isEqualTo(JobOutcome.SUCCEEDED);
    assertThat(first.run().counts()).isEqualTo(Map.of("ended", 3L, "unitsVacated", 3L));
    assertThat(second.ranNow()).isFalse();
    assertThat(statuses()).containsExactly("ACTIVE", "ENDED", "ENDED", "ENDED");
  }

  @Test
  void aLeaseEndingOnTheDayOfTheRunIsStillInForce() {
    JSONB counts = run(LocalDate.of(2030, 12, 31));

    assertThat(counts.data()).isEqualTo("{\"ended\": 0, \"unitsVacated\": 0}");
  }

  @Test
  void aSecondRunEndsNothingMore() {
    run(AFTER_THE_END);

    JSONB again = run(AFTER_THE_END);

    assertThat(again.data()).isEqualTo("{\"ended\": 0, \"unitsVacated\": 0}");
    assertThat(statuses()).containsExactly("ACTIVE", "ENDED", "ENDED", "ENDED");
  }

  @Test
  void twoRunsAtOnceEndEachLeaseOnce() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<JSONB>> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      runs.add(
          CompletableFuture.supplyAsync(
              () -> {
                await(start);
                return run(AFTER_THE_END);
              }));
    }
    start.countDown();

    List<String> results = new ArrayList<>();
    for (CompletableFuture<JSONB> future : runs) {
      results.add(future.get(30, TimeUnit.SECONDS).data());
    }

    // Whichever way the two interleave, the ends add up to three.
    long ended =
        results.stream()
            .mapToLong(r -> Long.parseLong(r.replaceAll(".*\"ended\": (\\d+).*", "$1")))
            .sum();
    assertThat(ended).isEqualTo(3);
    assertThat(statuses()).containsExactly("ACTIVE", "ENDED", "ENDED", "ENDED");
  }

  @Test
  void requestsCannotRunTheJob() {
    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        Routines.endExpiredLeases(
                            transactions.dsl().configuration(), AFTER_THE_END)))
        .isInstanceOf(RuntimeException.class);
    assertThat(statuses()).containsExactly("ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE");
  }

  private JSONB run(LocalDate asOf) {
    return systemTier(reason -> {})
        .run(
            SystemReason.SCHEDULED_JOB,
            dsl -> Routines.endExpiredLeases(dsl.configuration(), asOf));
  }

  private UUID activeLeaseOf(UUID unit, LocalDate end) {
    var sql = database().superuser();
    UUID lease =
        sql.fetchSingle(
                "insert into leaseport.leases (owner_id, unit_id, start_date, end_date,"
                    + " rent_amount) values (?, ?, ?, ?, 150000) returning id",
                owner.userId(),
                unit,
                LocalDate.of(2030, 1, 1),
                end)
            .get(0, UUID.class);
    sql.execute("update leaseport.leases set status = 'ACTIVE' where id = ?", lease);
    sql.execute("update leaseport.units set status = 'OCCUPIED' where id = ?", unit);
    return lease;
  }

  private List<String> statuses() {
    return database()
        .superuser()
        .fetch("select status::text from leaseport.leases order by status::text")
        .getValues(0, String.class);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
