package dev.leaseport.application.lease;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseAction;
import dev.leaseport.domain.lease.LeaseChanges;
import dev.leaseport.domain.lease.LeaseRepository;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Versioned;
import java.util.UUID;

/** An owner changes the terms of a DRAFT (the database refuses any other state too). */
public final class UpdateLease {
  private final UserTransactions transactions;
  private final LeaseRepository leases;

  public UpdateLease(UserTransactions transactions, LeaseRepository leases) {
    this.transactions = transactions;
    this.leases = leases;
  }

  public Lease execute(Caller caller, UUID id, LeaseChanges changes, Versioned expected) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller,
        () -> {
          Lease lease = LeaseLookup.find(leases, id);
          lease.status().require(LeaseAction.EDIT);
          changes.checkCurrencies(lease);
          return leases
              .update(id, changes, expected)
              .orElseThrow(() -> new NotFoundException("Lease"));
        });
  }
}
