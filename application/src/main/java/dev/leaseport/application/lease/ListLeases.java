package dev.leaseport.application.lease;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseFilter;
import dev.leaseport.domain.lease.LeaseRepository;
import dev.leaseport.domain.lease.LeaseSortField;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;

/** An owner lists their leases, filtered and sorted, with the true total. */
public final class ListLeases {
  private final UserTransactions transactions;
  private final LeaseRepository leases;

  public ListLeases(UserTransactions transactions, LeaseRepository leases) {
    this.transactions = transactions;
    this.leases = leases;
  }

  public Page<Lease> execute(
      Caller caller, LeaseFilter filter, Sort<LeaseSortField> sort, PageRequest page) {
    caller.require(UserType.OWNER);
    return transactions.run(caller, () -> leases.list(filter, sort, page));
  }
}
