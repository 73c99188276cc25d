package dev.leaseport.bootstrap.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DailyScheduleTest {
  private final DailySchedule schedule =
      new DailySchedule(Set.of("b-job", "a-job"), LocalTime.of(2, 0));

  @Test
  void nothingIsDueBeforeTheDailyTimeUtc() {
    assertThat(schedule.due(Instant.parse("2026-11-30T01:59:59Z"))).isEmpty();
  }

  @Test
  void everyJobIsDueFromTheDailyTimeUntilItsDateIsDone() {
    Instant at = Instant.parse("2026-11-30T02:00:00Z");

    assertThat(schedule.due(at)).containsExactly("a-job", "b-job");
    schedule.done("a-job", LocalDate.of(2026, 11, 30));
    assertThat(schedule.due(at.plusSeconds(60))).containsExactly("b-job");
  }

  @Test
  void theNextDayIsDueAgain() {
    schedule.done("a-job", LocalDate.of(2026, 11, 30));
    schedule.done("b-job", LocalDate.of(2026, 11, 30));

    assertThat(schedule.due(Instant.parse("2026-11-30T23:59:00Z"))).isEmpty();
    assertThat(schedule.due(Instant.parse("2026-12-01T02:00:00Z")))
        .containsExactly("a-job", "b-job");
  }

  @Test
  void aServerStartedAfterTheDailyTimeCatchesUpAtOnce() {
    assertThat(schedule.due(Instant.parse("2026-11-30T17:30:00Z")))
        .containsExactly("a-job", "b-job");
  }

  @Test
  void aFailedJobIsTriedAgainOnlyAfterAPause() {
    Instant failedAt = Instant.parse("2026-11-30T02:00:00Z");
    schedule.failed("a-job", failedAt);

    assertThat(schedule.due(failedAt.plusSeconds(60))).containsExactly("b-job");
    assertThat(schedule.due(failedAt.plus(DailySchedule.RETRY_AFTER)))
        .containsExactly("a-job", "b-job");
  }
}
