package dev.leaseport.application.property;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.property.NewProperty;
import dev.leaseport.domain.property.Property;
import dev.leaseport.domain.property.PropertyRepository;

/** An owner adds a property to their portfolio. */
public final class CreateProperty {
  private final UserTransactions transactions;
  private final PropertyRepository properties;

  public CreateProperty(UserTransactions transactions, PropertyRepository properties) {
    this.transactions = transactions;
    this.properties = properties;
  }

  public Property execute(Caller caller, NewProperty property) {
    caller.require(UserType.OWNER);
    return transactions.run(caller, () -> properties.create(caller.userId(), property));
  }
}
