package dev.leaseport.application.charge;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.charge.Charge;
import dev.leaseport.domain.charge.ChargeRepository;
import dev.leaseport.domain.charge.NewCharge;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import java.util.UUID;

/**
 * An owner adds an OTHER charge to their lease (ACTIVE, ENDED or TERMINATED), in the lease's
 * currency; the lease's renters are notified by the same database call.
 */
public final class AddCharge {
  private final UserTransactions transactions;
  private final ChargeRepository charges;

  public AddCharge(UserTransactions transactions, ChargeRepository charges) {
    this.transactions = transactions;
    this.charges = charges;
  }

  public Charge execute(Caller caller, UUID leaseId, NewCharge charge) {
    caller.require(UserType.OWNER);
    return transactions.run(caller, () -> ChargeLookup.find(charges, charges.add(leaseId, charge)));
  }
}
