package dev.leaseport.domain.job;

/** What started a run: the daily schedule, or an admin asking for it (a back-fill or a re-run). */
public enum JobTrigger {
  SCHEDULE,
  ADMIN
}
