package dev.leaseport.application.lease;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseRepository;
import dev.leaseport.domain.lease.NewLease;

/** An owner drafts a lease of one of their units to tenant records of theirs. */
public final class CreateLease {
  private final UserTransactions transactions;
  private final LeaseRepository leases;

  public CreateLease(UserTransactions transactions, LeaseRepository leases) {
    this.transactions = transactions;
    this.leases = leases;
  }

  public Lease execute(Caller caller, NewLease lease) {
    caller.require(UserType.OWNER);
    return transactions.run(caller, () -> leases.create(caller.userId(), lease));
  }
}
