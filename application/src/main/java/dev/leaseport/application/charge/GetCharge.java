package dev.leaseport.application.charge;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.charge.Charge;
import dev.leaseport.domain.charge.ChargeRepository;
import dev.leaseport.domain.identity.Caller;
import java.util.UUID;

/**
 * Reads one charge with its balance: an owner their own, a renter one of a lease they are party to
 * (row-level security decides, so no user-type gate here).
 */
public final class GetCharge {
  private final UserTransactions transactions;
  private final ChargeRepository charges;

  public GetCharge(UserTransactions transactions, ChargeRepository charges) {
    this.transactions = transactions;
    this.charges = charges;
  }

  public Charge execute(Caller caller, UUID id) {
    return transactions.run(caller, () -> ChargeLookup.find(charges, id));
  }
}
