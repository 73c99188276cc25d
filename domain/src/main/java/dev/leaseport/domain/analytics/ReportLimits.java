package dev.leaseport.domain.analytics;

import dev.leaseport.domain.shared.Violations;

/**
 * The bounds of the reports' parameters: each bounds the work of one call, whatever the portfolio
 * (the database functions check them again).
 */
public final class ReportLimits {
  public static final int MAX_OCCUPANCY_MONTHS = 36;
  public static final int DEFAULT_OCCUPANCY_MONTHS = 12;
  public static final int MAX_WITHIN_DAYS = 365;
  public static final int DEFAULT_WITHIN_DAYS = 90;

  private ReportLimits() {}

  public static int occupancyMonths(int months) {
    new Violations()
        .check(
            months >= 1 && months <= MAX_OCCUPANCY_MONTHS,
            "months",
            "must be between 1 and " + MAX_OCCUPANCY_MONTHS)
        .throwIfAny();
    return months;
  }

  public static int withinDays(int days) {
    new Violations()
        .check(
            days >= 1 && days <= MAX_WITHIN_DAYS,
            "withinDays",
            "must be between 1 and " + MAX_WITHIN_DAYS)
        .throwIfAny();
    return days;
  }
}
