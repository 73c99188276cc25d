package dev.leaseport.application.property;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.property.PropertyRepository;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Versioned;
import java.util.UUID;

/**
 * An owner deletes a property and its units. Once leases exist, a property with lease history
 * cannot be deleted (the database refuses; the owner archives it instead).
 */
public final class DeleteProperty {
  private final UserTransactions transactions;
  private final PropertyRepository properties;

  public DeleteProperty(UserTransactions transactions, PropertyRepository properties) {
    this.transactions = transactions;
    this.properties = properties;
  }

  public void execute(Caller caller, UUID id, Versioned expected) {
    caller.require(UserType.OWNER);
    boolean deleted = transactions.run(caller, () -> properties.delete(id, expected));
    if (!deleted) {
      throw new NotFoundException("Property");
    }
  }
}
