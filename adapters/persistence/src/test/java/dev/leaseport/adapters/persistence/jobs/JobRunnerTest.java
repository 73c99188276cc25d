package dev.leaseport.adapters.persistence.jobs;

import static dev.leaseport.adapters.persistence.jobs.TestJobFunctions.FAILS_AFTER_WRITING;
import static dev.leaseport.adapters.persistence.jobs.TestJobFunctions.MISSING_FUNCTION;
import static dev.leaseport.adapters.persistence.jobs.TestJobFunctions.RECORDS_EFFECT;
import static dev.leaseport.adapters.persistence.jobs.TestJobFunctions.RETURNS_NO_COUNTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.system.SystemReason;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.job.JobAttempt;
import dev.leaseport.domain.job.JobOutcome;
import dev.leaseport.domain.job.JobRun;
import dev.leaseport.domain.job.JobTrigger;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JobRunnerTest extends DatabaseTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
  private static final JobRegistry REGISTRY =
      new JobRegistry(
          List.of(RECORDS_EFFECT, FAILS_AFTER_WRITING, RETURNS_NO_COUNTS, MISSING_FUNCTION));

  private final List<JobAttempt> heard = new ArrayList<>();
  private final List<SystemReason> reasons = new ArrayList<>();

  @BeforeEach
  void createTheTestJobFunctions() {
    TestJobFunctions.create(database().superuser());
  }

  @Test
  void runsTheJobsFunctionForTheDateAndRecordsItsCounts() {
    JobAttempt attempt = runner("server-a").run("record-effect", DAY, JobTrigger.SCHEDULE);

    assertThat(attempt.ranNow()).isTrue();
    JobRun run = attempt.run();
    assertThat(run.job()).isEqualTo("record-effect");
    assertThat(run.runDate()).isEqualTo(DAY);
    assertThat(run.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
    assertThat(run.error()).isNull();
    assertThat(run.counts()).isEqualTo(Map.of("effects", 1L, "effectsForDate", 1L));
    assertThat(run.trigger()).isEqualTo(JobTrigger.SCHEDULE);
    assertThat(run.server()).isEqualTo("server-a");
    assertThat(run.attempts()).isEqualTo(1);
    assertThat(run.finishedAt()).isAfterOrEqualTo(run.startedAt());
    assertThat(effects(DAY)).isEqualTo(1);
    assertThat(heard).containsExactly(attempt);
    assertThat(reasons).containsOnly(SystemReason.SCHEDULED_JOB);
  }

  @Test
  void aSecondRunForTheSameDateDoesNothingAndReturnsTheRecordUnchanged() {
    JobAttempt first = runner("server-a").run("record-effect", DAY, JobTrigger.SCHEDULE);
    JobAttempt second = runner("server-b").run("record-effect", DAY, JobTrigger.ADMIN);

    assertThat(second.ranNow()).isFalse();
    assertThat(second.run()).isEqualTo(first.run());
    assertThat(effects(DAY)).isEqualTo(1);
    assertThat(runRecords()).isEqualTo(1);
  }

  @Test
  void anotherDateIsAnotherRun() {
    runner("server-a").run("record-effect", DAY, JobTrigger.SCHEDULE);
    JobAttempt next = runner("server-a").run("record-effect", DAY.plusDays(1), JobTrigger.SCHEDULE);

    assertThat(next.ranNow()).isTrue();
    assertThat(runRecords()).isEqualTo(2);
  }

  @Test
  void theSameJobOnManyServersAtOnceRunsOnceAndAllSeeTheOneRecord() throws Exception {
    int servers = 4;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<JobAttempt>> calls = new ArrayList<>();
    for (int i = 0; i < servers; i++) {
      DatabaseJobRunner runner = runner("server-" + i);
      calls.add(
          () -> {
            start.await();
            return runner.run("record-effect", DAY, JobTrigger.SCHEDULE);
          });
    }

    List<JobAttempt> attempts = atOnce(calls, start);

    assertThat(attempts).filteredOn(JobAttempt::ranNow).hasSize(1);
    assertThat(attempts).extracting(a -> a.run().id()).containsOnly(attempts.get(0).run().id());
    assertThat(attempts).extracting(a -> a.run().outcome()).containsOnly(JobOutcome.SUCCEEDED);
    assertThat(effects(DAY)).isEqualTo(1);
    assertThat(runRecords()).isEqualTo(1);
  }

  @Test
  void aFailingJobLeavesNoneOfItsWorkAndAFailedRecord() {
    JobAttempt attempt = runner("server-a").run("fail-after-writing", DAY, JobTrigger.SCHEDULE);

    assertThat(attempt.ranNow()).isTrue();
    assertThat(attempt.run().outcome()).isEqualTo(JobOutcome.FAILED);
    assertThat(attempt.run().error()).contains("P0001").contains("the job broke after writing");
    assertThat(attempt.run().counts()).isEmpty();
    assertThat(effects(DAY)).as("the job's write rolled back").isZero();
    assertThat(runRecords()).isEqualTo(1);
    assertThat(heard).containsExactly(attempt);
  }

  @Test
  void aFailedDateIsTakenOverByTheNextAttemptWhichMaySucceed() {
    DailyJob brokenThenFixed = new DailyJob("flaky", "jobs_test.flaky");
    database()
        .superuser()
        .execute(
            "create or replace function jobs_test.flaky(as_of date) returns jsonb"
                + " language plpgsql as $$ begin raise division_by_zero; end $$;"
                + " grant execute on function jobs_test.flaky(date) to service_role");
    DatabaseJobRunner runner = runner("server-a", new JobRegistry(List.of(brokenThenFixed)));

    JobAttempt failed = runner.run("flaky", DAY, JobTrigger.SCHEDULE);
    JobAttempt failedAgain = runner.run("flaky", DAY, JobTrigger.SCHEDULE);
    database()
        .superuser()
        .execute(
            "create or replace function jobs_test.flaky(as_of date) returns jsonb"
                + " language sql as $$ insert into jobs_test.effects (as_of) values (as_of);"
                + " select '{\"fixed\": 1}'::jsonb $$");
    JobAttempt succeeded = runner.run("flaky", DAY, JobTrigger.ADMIN);
    JobAttempt afterwards = runner.run("flaky", DAY, JobTrigger.ADMIN);

    assertThat(failed.run().outcome()).isEqualTo(JobOutcome.FAILED);
    assertThat(failed.run().error()).contains("22012");
    assertThat(failedAgain.run().attempts()).isEqualTo(2);
    assertThat(succeeded.ranNow()).isTrue();
    assertThat(succeeded.run().id()).isEqualTo(failed.run().id());
    assertThat(succeeded.run().outcome()).isEqualTo(JobOutcome.SUCCEEDED);
    assertThat(succeeded.run().error()).isNull();
    assertThat(succeeded.run().attempts()).isEqualTo(3);
    assertThat(succeeded.run().trigger()).isEqualTo(JobTrigger.ADMIN);
    assertThat(succeeded.run().counts()).isEqualTo(Map.of("fixed", 1L));
    assertThat(afterwards.ranNow()).isFalse();
    assertThat(effects(DAY)).isEqualTo(1);
  }

  @Test
  void countsThatAreNotWholeNumbersFailTheRunAndUndoItsWork() {
    JobAttempt attempt = runner("server-a").run("return-no-counts", DAY, JobTrigger.SCHEDULE);

    assertThat(attempt.run().outcome()).isEqualTo(JobOutcome.FAILED);
    assertThat(effects(DAY)).isZero();
  }

  @Test
  void aMissingFunctionIsAFailedRunNotACrash() {
    JobAttempt attempt = runner("server-a").run("missing", DAY, JobTrigger.SCHEDULE);

    assertThat(attempt.run().outcome()).isEqualTo(JobOutcome.FAILED);
    assertThat(attempt.run().error()).contains("42883");
  }

  @Test
  void theServiceRoleAloneCannotRunAFunctionItWasNotGranted() {
    database()
        .superuser()
        .execute(
            "create or replace function jobs_test.not_granted(as_of date) returns jsonb"
                + " language sql as $$ select '{}'::jsonb $$;"
                + " revoke execute on function jobs_test.not_granted(date) from public");
    DatabaseJobRunner runner =
        runner(
            "server-a",
            new JobRegistry(List.of(new DailyJob("not-granted", "jobs_test.not_granted"))));

    JobAttempt attempt = runner.run("not-granted", DAY, JobTrigger.SCHEDULE);

    assertThat(attempt.run().outcome()).isEqualTo(JobOutcome.FAILED);
    assertThat(attempt.run().error()).contains("42501");
  }

  @Test
  void anUnknownJobIsRefusedAndRecordsNothing() {
    assertThatThrownBy(() -> runner("server-a").run("no-such-job", DAY, JobTrigger.ADMIN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(runRecords()).isZero();
  }

  @Test
  void listsTheRunsMostRecentlyStartedFirstWithTheTrueTotal() {
    DatabaseJobRunner runner = runner("server-a");
    for (int day = 0; day < 3; day++) {
      runner.run("fail-after-writing", DAY.plusDays(day), JobTrigger.SCHEDULE);
    }

    Page<JobRun> firstTwo = runner.recentRuns(new PageRequest(2, 0));
    Page<JobRun> pastTheEnd = runner.recentRuns(new PageRequest(2, 10));

    assertThat(firstTwo.total()).isEqualTo(3);
    assertThat(firstTwo.items())
        .extracting(JobRun::runDate)
        .containsExactly(DAY.plusDays(2), DAY.plusDays(1));
    assertThat(pastTheEnd.items()).isEmpty();
    assertThat(pastTheEnd.total()).isEqualTo(3);
  }

  @Test
  void namesAndFunctionsAreCheckedWhenAJobIsDeclared() {
    assertThatThrownBy(() -> new DailyJob("Bad Name", "jobs_test.record_effect"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DailyJob("ok", "record_effect(); drop table x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JobRegistry(List.of(RECORDS_EFFECT, RECORDS_EFFECT)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void functionSettingsMustBeLeaseportOnesSoNoServerSettingCanBeChanged() {
    assertThatThrownBy(
            () ->
                new DatabaseJobRunner(
                    systemTier(reason -> {}),
                    REGISTRY,
                    "server-a",
                    attempt -> {},
                    Map.of("statement_timeout", "0")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private DatabaseJobRunner runner(String server) {
    return runner(server, REGISTRY);
  }

  private DatabaseJobRunner runner(String server, JobRegistry registry) {
    return new DatabaseJobRunner(
        systemTier(
            reason -> {
              synchronized (reasons) {
                reasons.add(reason);
              }
            }),
        registry,
        server,
        attempt -> {
          synchronized (heard) {
            heard.add(attempt);
          }
        });
  }

  private long effects(LocalDate asOf) {
    return database().count("select count(*) from jobs_test.effects where as_of = ?", asOf);
  }

  private long runRecords() {
    return database().count("select count(*) from leaseport.job_runs");
  }

  private static <T> List<T> atOnce(List<Callable<T>> calls, CountDownLatch start)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(pool.submit(call));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
