package dev.leaseport.domain.job;

import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Set;

/** Runs registered jobs for a date, once per date across every server, and lists their records. */
public interface JobRunner {
  /** The names of the registered jobs. */
  Set<String> jobs();

  /**
   * Runs {@code job} for {@code asOf} unless that date already succeeded. A failure leaves none of
   * the job's work and a FAILED record, which a later attempt takes over.
   *
   * @throws IllegalArgumentException when {@code job} is not registered
   */
  JobAttempt run(String job, LocalDate asOf, JobTrigger trigger);

  /** The most recently started runs first, with the true total. */
  Page<JobRun> recentRuns(PageRequest page);
}
