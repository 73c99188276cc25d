package dev.leaseport.application.portal;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.portal.TenantOverview;
import dev.leaseport.domain.portal.TenantOverviewRepository;

/** A renter reads their overview; owners and admins have none (403). */
public final class GetTenantOverview {
  private final UserTransactions transactions;
  private final TenantOverviewRepository overviews;

  public GetTenantOverview(UserTransactions transactions, TenantOverviewRepository overviews) {
    this.transactions = transactions;
    this.overviews = overviews;
  }

  public TenantOverview execute(Caller caller) {
    caller.require(UserType.TENANT);
    return transactions.run(caller, overviews::ofCaller);
  }
}
