package dev.leaseport.application.charge;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.charge.Charge;
import dev.leaseport.domain.charge.ChargeRepository;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import java.util.UUID;

/**
 * An owner voids an OPEN charge no payment has touched (and the unpaid late fee on it); anything
 * else is 409 charge-state-conflict, decided under the row lock of the database call.
 */
public final class VoidCharge {
  private final UserTransactions transactions;
  private final ChargeRepository charges;

  public VoidCharge(UserTransactions transactions, ChargeRepository charges) {
    this.transactions = transactions;
    this.charges = charges;
  }

  public Charge execute(Caller caller, UUID id) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller,
        () -> {
          charges.voidCharge(id);
          return ChargeLookup.find(charges, id);
        });
  }
}
