package dev.leaseport.application.job;

import static dev.leaseport.domain.testdata.CallerTestData.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.job.JobAttempt;
import dev.leaseport.domain.job.JobOutcome;
import dev.leaseport.domain.job.JobRun;
import dev.leaseport.domain.job.JobRunner;
import dev.leaseport.domain.job.JobTrigger;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JobUseCasesTest {
  private final RecordingRunner runner = new RecordingRunner();

  @Test
  void anAdminRunsAJobForTodayByDefault() {
    new RunJob(runner).execute(caller(UserType.ADMIN), "nightly", Optional.empty());

    assertThat(runner.asked).containsExactly("nightly " + LocalDate.now(ZoneOffset.UTC) + " ADMIN");
  }

  @Test
  void anAdminBackFillsAPastDate() {
    LocalDate past = LocalDate.of(2026, 1, 31);

    JobAttempt attempt =
        new RunJob(runner).execute(caller(UserType.ADMIN), "nightly", Optional.of(past));

    assertThat(attempt.run().runDate()).isEqualTo(past);
    assertThat(runner.asked).containsExactly("nightly 2026-01-31 ADMIN");
  }

  @Test
  void aFutureDateIsRefusedAndNothingRuns() {
    LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);

    assertThatThrownBy(
            () ->
                new RunJob(runner)
                    .execute(caller(UserType.ADMIN), "nightly", Optional.of(tomorrow)))
        .isInstanceOf(ValidationException.class);
    assertThat(runner.asked).isEmpty();
  }

  @Test
  void anUnknownJobIsNotFoundAndNothingRuns() {
    assertThatThrownBy(
            () -> new RunJob(runner).execute(caller(UserType.ADMIN), "nope", Optional.empty()))
        .isInstanceOf(NotFoundException.class);
    assertThat(runner.asked).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = UserType.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
  void onlyAdminsRunJobsOrReadTheirRecords(UserType type) {
    assertThatThrownBy(() -> new RunJob(runner).execute(caller(type), "nightly", Optional.empty()))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> new ListJobRuns(runner).execute(caller(type), new PageRequest(20, 0)))
        .isInstanceOf(ForbiddenException.class);
    assertThat(runner.asked).isEmpty();
  }

  @Test
  void anAdminReadsTheRecords() {
    Page<JobRun> page =
        new ListJobRuns(runner).execute(caller(UserType.ADMIN), new PageRequest(5, 0));

    assertThat(page.request()).isEqualTo(new PageRequest(5, 0));
  }

  /** Records what it was asked and answers with a successful run of that date. */
  private static final class RecordingRunner implements JobRunner {
    final List<String> asked = new ArrayList<>();

    @Override
    public Set<String> jobs() {
      return Set.of("nightly");
    }

    @Override
    public JobAttempt run(String job, LocalDate asOf, JobTrigger trigger) {
      asked.add(job + " " + asOf + " " + trigger);
      Instant now = Instant.now();
      return new JobAttempt(
          new JobRun(
              UUID.randomUUID(),
              job,
              asOf,
              JobOutcome.SUCCEEDED,
              null,
              Map.of(),
              trigger,
              "test",
              1,
              now,
              now),
          true);
    }

    @Override
    public Page<JobRun> recentRuns(PageRequest page) {
      return new Page<>(List.of(), 0, page);
    }
  }
}
