package dev.leaseport.application.property;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.property.Property;
import dev.leaseport.domain.property.PropertyChanges;
import dev.leaseport.domain.property.PropertyRepository;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Versioned;
import java.util.UUID;

/** An owner changes fields of one of their properties. */
public final class UpdateProperty {
  private final UserTransactions transactions;
  private final PropertyRepository properties;

  public UpdateProperty(UserTransactions transactions, PropertyRepository properties) {
    this.transactions = transactions;
    this.properties = properties;
  }

  public Property execute(Caller caller, UUID id, PropertyChanges changes, Versioned expected) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller,
        () ->
            properties
                .update(id, changes, expected)
                .orElseThrow(() -> new NotFoundException("Property")));
  }
}
