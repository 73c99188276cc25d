package dev.leaseport.domain.job;

/** How a run ended. A run that failed may be taken over by a later attempt for the same date. */
public enum JobOutcome {
  SUCCEEDED,
  FAILED
}
