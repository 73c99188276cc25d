package dev.leaseport.domain.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The record of a job for one date.
 *
 * @param runDate the {@code as_of} date the job's function was given
 * @param error why the last attempt failed; null when it succeeded
 * @param counts what the job's function reported, e.g. {@code leasesEnded=3}
 * @param server the server that made the last attempt
 * @param attempts how many attempts were recorded for this date
 */
public record JobRun(
    UUID id,
    String job,
    LocalDate runDate,
    JobOutcome outcome,
    String error,
    Map<String, Long> counts,
    JobTrigger trigger,
    String server,
    int attempts,
    Instant startedAt,
    Instant finishedAt) {

  public JobRun {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(outcome, "outcome");
    counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
  }

  public boolean succeeded() {
    return outcome == JobOutcome.SUCCEEDED;
  }
}
