package dev.leaseport.adapters.persistence.jobs;

import dev.leaseport.domain.job.JobAttempt;

/** Told of every attempt, so runs can be counted and logged where metrics and logs are wired. */
@FunctionalInterface
public interface JobRunListener {
  void attempted(JobAttempt attempt);
}
