package dev.leaseport.application.lease;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseRepository;
import java.util.UUID;

/**
 * Reads one lease: an owner their own, a renter one they are party to once it is sent (row-level
 * security decides, so no user-type gate here).
 */
public final class GetLease {
  private final UserTransactions transactions;
  private final LeaseRepository leases;

  public GetLease(UserTransactions transactions, LeaseRepository leases) {
    this.transactions = transactions;
    this.leases = leases;
  }

  public Lease execute(Caller caller, UUID id) {
    return transactions.run(caller, () -> LeaseLookup.find(leases, id));
  }
}
