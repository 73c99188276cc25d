package dev.leaseport.application.unit;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.billing.PlanCatalog;
import dev.leaseport.domain.billing.PlanUsageRepository;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.unit.NewUnit;
import dev.leaseport.domain.unit.Unit;
import dev.leaseport.domain.unit.UnitRepository;

/**
 * An owner adds a unit to one of their properties; another owner's property is not found. Where
 * billing is configured the plan's unit limit applies, checked under the same per-owner lock and
 * transaction as the insert.
 */
public final class CreateUnit {
  private final UserTransactions transactions;
  private final UnitRepository units;
  private final PlanCatalog plans;
  private final PlanUsageRepository usage;

  public CreateUnit(
      UserTransactions transactions,
      UnitRepository units,
      PlanCatalog plans,
      PlanUsageRepository usage) {
    this.transactions = transactions;
    this.units = units;
    this.plans = plans;
    this.usage = usage;
  }

  public Unit execute(Caller caller, NewUnit unit) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller,
        () -> {
          if (plans.billingConfigured()) {
            plans.requireRoomForUnit(usage.lockForCreate());
          }
          return units.create(caller.userId(), unit);
        });
  }
}
