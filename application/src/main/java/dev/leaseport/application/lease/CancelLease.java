package dev.leaseport.application.lease;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseAction;
import dev.leaseport.domain.lease.LeaseRepository;
import java.util.UUID;

/** An owner withdraws a lease that is not in force yet (DRAFT or PENDING_SIGNATURE). */
public final class CancelLease {
  private final UserTransactions transactions;
  private final LeaseRepository leases;

  public CancelLease(UserTransactions transactions, LeaseRepository leases) {
    this.transactions = transactions;
    this.leases = leases;
  }

  public Lease execute(Caller caller, UUID id) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller,
        () -> {
          LeaseLookup.find(leases, id).status().require(LeaseAction.CANCEL);
          leases.cancel(id);
          return LeaseLookup.find(leases, id);
        });
  }
}
