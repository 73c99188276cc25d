package dev.leaseport.application.lease;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseAction;
import dev.leaseport.domain.lease.LeaseRepository;
import dev.leaseport.domain.lease.LeaseTermination;
import java.util.UUID;

/**
 * An owner ends an ACTIVE lease early; the unit is VACANT again unless another active lease covers
 * it, the linked tenants are notified, and rent after the effective date is no longer owed (later
 * unpaid rent charges are voided, the current month's is cut to its days).
 */
public final class TerminateLease {
  private final UserTransactions transactions;
  private final LeaseRepository leases;

  public TerminateLease(UserTransactions transactions, LeaseRepository leases) {
    this.transactions = transactions;
    this.leases = leases;
  }

  public Lease execute(Caller caller, UUID id, LeaseTermination termination) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller,
        () -> {
          Lease lease = LeaseLookup.find(leases, id);
          lease.status().require(LeaseAction.TERMINATE);
          termination.checkWithin(lease);
          leases.terminate(id, termination);
          return LeaseLookup.find(leases, id);
        });
  }
}
