package dev.leaseport.domain.dashboard;

/**
 * ACTIVE leases ending after the day and at most 30, 60 or 90 days later. Cumulative: the 60-day
 * count includes the 30-day one.
 */
public record ExpiringLeases(long within30Days, long within60Days, long within90Days) {}
