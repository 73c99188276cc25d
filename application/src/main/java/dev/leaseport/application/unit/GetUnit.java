package dev.leaseport.application.unit;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.unit.Unit;
import dev.leaseport.domain.unit.UnitRepository;
import java.util.UUID;

/**
 * Reads one unit. Owners see their own; a tenant sees the unit of their lease (row-level security
 * decides, so no user-type gate here).
 */
public final class GetUnit {
  private final UserTransactions transactions;
  private final UnitRepository units;

  public GetUnit(UserTransactions transactions, UnitRepository units) {
    this.transactions = transactions;
    this.units = units;
  }

  public Unit execute(Caller caller, UUID id) {
    return transactions.run(
        caller, () -> units.findById(id).orElseThrow(() -> new NotFoundException("Unit")));
  }
}
