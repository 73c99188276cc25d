package dev.leaseport.application.property;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.property.Property;
import dev.leaseport.domain.property.PropertyRepository;
import dev.leaseport.domain.shared.NotFoundException;
import java.util.UUID;

/** An owner reads one of their properties; anyone else's is not found. */
public final class GetProperty {
  private final UserTransactions transactions;
  private final PropertyRepository properties;

  public GetProperty(UserTransactions transactions, PropertyRepository properties) {
    this.transactions = transactions;
    this.properties = properties;
  }

  public Property execute(Caller caller, UUID id) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller, () -> properties.findById(id).orElseThrow(() -> new NotFoundException("Property")));
  }
}
