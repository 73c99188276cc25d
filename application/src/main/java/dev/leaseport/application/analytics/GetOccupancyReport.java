package dev.leaseport.application.analytics;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.analytics.AnalyticsRepository;
import dev.leaseport.domain.analytics.Report;
import dev.leaseport.domain.analytics.ReportLimits;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import java.time.LocalDate;
import java.util.Optional;

/** An owner's month-end occupancy over the last months; tenants are 403. */
public final class GetOccupancyReport {
  private final UserTransactions transactions;
  private final AnalyticsRepository analytics;

  public GetOccupancyReport(UserTransactions transactions, AnalyticsRepository analytics) {
    this.transactions = transactions;
    this.analytics = analytics;
  }

  public Report execute(Caller caller, int months, Optional<LocalDate> asOf) {
    caller.require(UserType.OWNER);
    ReportLimits.occupancyMonths(months);
    return transactions.run(caller, () -> analytics.occupancy(months, asOf));
  }
}
