package dev.leaseport.application.analytics;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.analytics.AnalyticsRepository;
import dev.leaseport.domain.analytics.Report;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.PageRequest;
import java.util.UUID;

/**
 * An owner reads one tenant record's charges and payments, a page of them; another owner's record
 * is not found, exactly as an unknown one. Tenants are 403.
 */
public final class GetTenantPaymentHistory {
  private final UserTransactions transactions;
  private final AnalyticsRepository analytics;

  public GetTenantPaymentHistory(UserTransactions transactions, AnalyticsRepository analytics) {
    this.transactions = transactions;
    this.analytics = analytics;
  }

  public Report execute(Caller caller, UUID tenantId, PageRequest page) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller,
        () ->
            analytics
                .paymentHistory(tenantId, page)
                .orElseThrow(() -> new NotFoundException("Tenant")));
  }
}
