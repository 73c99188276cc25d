package dev.leaseport.application.analytics;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.analytics.AnalyticsRepository;
import dev.leaseport.domain.analytics.Report;
import dev.leaseport.domain.analytics.ReportLimits;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Optional;

/** An owner's ACTIVE leases ending within a number of days, a page of them; tenants are 403. */
public final class GetExpiringLeases {
  private final UserTransactions transactions;
  private final AnalyticsRepository analytics;

  public GetExpiringLeases(UserTransactions transactions, AnalyticsRepository analytics) {
    this.transactions = transactions;
    this.analytics = analytics;
  }

  public Report execute(Caller caller, int withinDays, PageRequest page, Optional<LocalDate> asOf) {
    caller.require(UserType.OWNER);
    ReportLimits.withinDays(withinDays);
    return transactions.run(caller, () -> analytics.expiringLeases(withinDays, page, asOf));
  }
}
