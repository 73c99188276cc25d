package dev.leaseport.application.unit;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Versioned;
import dev.leaseport.domain.unit.UnitRepository;
import java.util.UUID;

/**
 * An owner deletes one of their units. A unit with lease history cannot be deleted (the database
 * refuses: 409), so its leases keep their unit.
 */
public final class DeleteUnit {
  private final UserTransactions transactions;
  private final UnitRepository units;

  public DeleteUnit(UserTransactions transactions, UnitRepository units) {
    this.transactions = transactions;
    this.units = units;
  }

  public void execute(Caller caller, UUID id, Versioned expected) {
    caller.require(UserType.OWNER);
    if (!transactions.run(caller, () -> units.delete(id, expected))) {
      throw new NotFoundException("Unit");
    }
  }
}
