package dev.leaseport.application.lease;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseAction;
import dev.leaseport.domain.lease.LeaseRepository;
import dev.leaseport.domain.lease.SigningContext;
import java.util.UUID;

/**
 * The owner, or a renter on the lease, signs it once. The lease becomes ACTIVE, and its unit
 * OCCUPIED, when the owner and the PRIMARY tenant have both signed. Who may sign is the database's
 * decision (a lease the caller cannot see is 404), so there is no user-type gate here.
 */
public final class SignLease {
  private final UserTransactions transactions;
  private final LeaseRepository leases;

  public SignLease(UserTransactions transactions, LeaseRepository leases) {
    this.transactions = transactions;
    this.leases = leases;
  }

  public Lease execute(Caller caller, UUID id, SigningContext context) {
    return transactions.run(
        caller,
        () -> {
          LeaseLookup.find(leases, id).status().require(LeaseAction.SIGN);
          leases.sign(id, context);
          return LeaseLookup.find(leases, id);
        });
  }
}
