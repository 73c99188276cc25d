package dev.leaseport.application.unit;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Versioned;
import dev.leaseport.domain.unit.Unit;
import dev.leaseport.domain.unit.UnitChanges;
import dev.leaseport.domain.unit.UnitRepository;
import java.util.UUID;

/** An owner changes fields of one of their units. */
public final class UpdateUnit {
  private final UserTransactions transactions;
  private final UnitRepository units;

  public UpdateUnit(UserTransactions transactions, UnitRepository units) {
    this.transactions = transactions;
    this.units = units;
  }

  public Unit execute(Caller caller, UUID id, UnitChanges changes, Versioned expected) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller,
        () -> units.update(id, changes, expected).orElseThrow(() -> new NotFoundException("Unit")));
  }
}
