package dev.leaseport.domain.job;

/**
 * What asking for a run gave: the run record, and whether this request ran the job ({@code ranNow})
 * or found the date already done, in which case the record is returned unchanged.
 */
public record JobAttempt(JobRun run, boolean ranNow) {}
