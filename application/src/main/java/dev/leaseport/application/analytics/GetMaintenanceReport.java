package dev.leaseport.application.analytics;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.analytics.AnalyticsRepository;
import dev.leaseport.domain.analytics.Report;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;

/** An owner's maintenance counts, completion time and cost; tenants are 403. */
public final class GetMaintenanceReport {
  private final UserTransactions transactions;
  private final AnalyticsRepository analytics;

  public GetMaintenanceReport(UserTransactions transactions, AnalyticsRepository analytics) {
    this.transactions = transactions;
    this.analytics = analytics;
  }

  public Report execute(Caller caller) {
    caller.require(UserType.OWNER);
    return transactions.run(caller, () -> analytics.maintenance());
  }
}
