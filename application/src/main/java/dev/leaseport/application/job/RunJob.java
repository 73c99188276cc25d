package dev.leaseport.application.job;

import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.job.JobAttempt;
import dev.leaseport.domain.job.JobRunner;
import dev.leaseport.domain.job.JobTrigger;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.ValidationException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * An admin runs a job for a date (today, UTC, by default): a back-fill of a missed day or a re-run
 * of a failed one. A date already done is returned unchanged, never run twice. A future date is
 * refused: a job acting on tomorrow would, for example, end leases still running today.
 */
public final class RunJob {
  private final JobRunner jobs;

  public RunJob(JobRunner jobs) {
    this.jobs = jobs;
  }

  public JobAttempt execute(Caller caller, String job, Optional<LocalDate> asOf) {
    caller.require(UserType.ADMIN);
    if (!jobs.jobs().contains(job)) {
      throw new NotFoundException("Job");
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate date = asOf.orElse(today);
    if (date.isAfter(today)) {
      throw ValidationException.of("asOf", "must not be after today (UTC)");
    }
    return jobs.run(job, date, JobTrigger.ADMIN);
  }
}
