package dev.leaseport.application.analytics;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.analytics.AnalyticsRepository;
import dev.leaseport.domain.analytics.MonthRange;
import dev.leaseport.domain.analytics.Report;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;

/** An owner's revenue per month and currency over a range of months; tenants are 403. */
public final class GetRevenueReport {
  private final UserTransactions transactions;
  private final AnalyticsRepository analytics;

  public GetRevenueReport(UserTransactions transactions, AnalyticsRepository analytics) {
    this.transactions = transactions;
    this.analytics = analytics;
  }

  public Report execute(Caller caller, MonthRange range) {
    caller.require(UserType.OWNER);
    return transactions.run(caller, () -> analytics.revenue(range));
  }
}
