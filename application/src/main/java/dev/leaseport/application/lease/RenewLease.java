package dev.leaseport.application.lease;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseAction;
import dev.leaseport.domain.lease.LeaseRenewal;
import dev.leaseport.domain.lease.LeaseRepository;
import java.util.UUID;

/**
 * An owner renews an ACTIVE or ENDED lease: a new DRAFT of the same unit and tenants, from the day
 * after the old end date, linked to it by renewedFromId.
 */
public final class RenewLease {
  private final UserTransactions transactions;
  private final LeaseRepository leases;

  public RenewLease(UserTransactions transactions, LeaseRepository leases) {
    this.transactions = transactions;
    this.leases = leases;
  }

  /** Returns the new DRAFT. */
  public Lease execute(Caller caller, UUID id, LeaseRenewal renewal) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller,
        () -> {
          Lease lease = LeaseLookup.find(leases, id);
          lease.status().require(LeaseAction.RENEW);
          renewal.checkAfter(lease);
          return LeaseLookup.find(leases, leases.renew(id, renewal));
        });
  }
}
