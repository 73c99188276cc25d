package dev.leaseport.application.lease;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseAction;
import dev.leaseport.domain.lease.LeaseRepository;
import java.util.UUID;

/**
 * An owner sends a DRAFT for signature: it needs exactly one PRIMARY tenant and must not overlap
 * another sent or active lease of the unit; the linked tenants are notified.
 */
public final class SendLease {
  private final UserTransactions transactions;
  private final LeaseRepository leases;

  public SendLease(UserTransactions transactions, LeaseRepository leases) {
    this.transactions = transactions;
    this.leases = leases;
  }

  public Lease execute(Caller caller, UUID id) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller,
        () -> {
          LeaseLookup.find(leases, id).status().require(LeaseAction.SEND);
          leases.send(id);
          return LeaseLookup.find(leases, id);
        });
  }
}
