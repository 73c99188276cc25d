package dev.leaseport.application.unit;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.unit.NewUnit;
import dev.leaseport.domain.unit.Unit;
import dev.leaseport.domain.unit.UnitRepository;

/** An owner adds a unit to one of their properties; another owner's property is not found. */
public final class CreateUnit {
  private final UserTransactions transactions;
  private final UnitRepository units;

  public CreateUnit(UserTransactions transactions, UnitRepository units) {
    this.transactions = transactions;
    this.units = units;
  }

  public Unit execute(Caller caller, NewUnit unit) {
    caller.require(UserType.OWNER);
    return transactions.run(caller, () -> units.create(caller.userId(), unit));
  }
}
