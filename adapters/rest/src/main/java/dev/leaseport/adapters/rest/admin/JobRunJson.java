package dev.leaseport.adapters.rest.admin;

import dev.leaseport.domain.job.JobRun;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A job's record for one date, with the counts its function reported. */
public record JobRunJson(
    UUID id,
    String job,
    LocalDate runDate,
    String outcome,
    String error,
    Map<String, Long> counts,
    String trigger,
    String server,
    int attempts,
    Instant startedAt,
    Instant finishedAt) {

  static JobRunJson of(JobRun run) {
    return new JobRunJson(
        run.id(),
        run.job(),
        run.runDate(),
        run.outcome().name(),
        run.error(),
        run.counts(),
        run.trigger().name(),
        run.server(),
        run.attempts(),
        run.startedAt(),
        run.finishedAt());
  }
}
