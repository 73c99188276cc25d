package dev.leaseport.bootstrap.config;

import dev.leaseport.adapters.persistence.jobs.DailyJob;
import java.time.LocalTime;
import java.util.List;

/**
 * The scheduled jobs: whether this server runs them on schedule (admins can always run one by
 * hand), the time of day (UTC) from which each day's run is due, and jobs an operator adds to the
 * built-in ones (a database function {@code service_role} may execute); and how many days ahead of
 * its due date the rent job creates a period's charge.
 */
public record JobSettings(
    boolean enabled, LocalTime dailyAt, List<DailyJob> extra, int chargeLeadDays) {
  public JobSettings {
    extra = List.copyOf(extra);
  }

  @Override
  public String toString() {
    return "jobsEnabled="
        + enabled
        + ", jobsDailyAt="
        + dailyAt
        + "Z, jobsExtra="
        + extra
        + ", chargeLeadDays="
        + chargeLeadDays;
  }
}
