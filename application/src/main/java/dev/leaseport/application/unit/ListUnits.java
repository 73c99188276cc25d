package dev.leaseport.application.unit;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.property.PropertyRepository;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.unit.Unit;
import dev.leaseport.domain.unit.UnitFilter;
import dev.leaseport.domain.unit.UnitRepository;
import dev.leaseport.domain.unit.UnitSortField;
import java.util.UUID;

/** Lists units across the caller's properties, or of one property (which must be visible). */
public final class ListUnits {
  private final UserTransactions transactions;
  private final PropertyRepository properties;
  private final UnitRepository units;

  public ListUnits(
      UserTransactions transactions, PropertyRepository properties, UnitRepository units) {
    this.transactions = transactions;
    this.properties = properties;
    this.units = units;
  }

  /** The flat list: whatever units row-level security lets the caller see. */
  public Page<Unit> execute(
      Caller caller, UnitFilter filter, Sort<UnitSortField> sort, PageRequest page) {
    return transactions.run(caller, () -> units.list(filter, sort, page));
  }

  /** The nested list: an invisible property is 404, not an empty page. */
  public Page<Unit> ofProperty(
      Caller caller,
      UUID propertyId,
      UnitFilter filter,
      Sort<UnitSortField> sort,
      PageRequest page) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller,
        () -> {
          if (properties.findById(propertyId).isEmpty()) {
            throw new NotFoundException("Property");
          }
          return units.list(filter.withProperty(propertyId), sort, page);
        });
  }
}
