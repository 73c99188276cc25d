package dev.leaseport.application.property;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.property.Property;
import dev.leaseport.domain.property.PropertyFilter;
import dev.leaseport.domain.property.PropertyRepository;
import dev.leaseport.domain.property.PropertySortField;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;

/** An owner lists their properties, filtered, sorted and paged. */
public final class ListProperties {
  private final UserTransactions transactions;
  private final PropertyRepository properties;

  public ListProperties(UserTransactions transactions, PropertyRepository properties) {
    this.transactions = transactions;
    this.properties = properties;
  }

  public Page<Property> execute(
      Caller caller, PropertyFilter filter, Sort<PropertySortField> sort, PageRequest page) {
    caller.require(UserType.OWNER);
    return transactions.run(caller, () -> properties.list(filter, sort, page));
  }
}
