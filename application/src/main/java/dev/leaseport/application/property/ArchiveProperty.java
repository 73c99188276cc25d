package dev.leaseport.application.property;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.property.Property;
import dev.leaseport.domain.property.PropertyChanges;
import dev.leaseport.domain.property.PropertyRepository;
import dev.leaseport.domain.property.PropertyStatus;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Versioned;
import java.util.UUID;

/**
 * An owner archives a property: it stays, with its history, but is no longer in use. Archiving an
 * archived property changes nothing. This is the way out for a property that cannot be deleted.
 */
public final class ArchiveProperty {
  private final UserTransactions transactions;
  private final PropertyRepository properties;

  public ArchiveProperty(UserTransactions transactions, PropertyRepository properties) {
    this.transactions = transactions;
    this.properties = properties;
  }

  public Property execute(Caller caller, UUID id) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller,
        () -> {
          Property property =
              properties.findById(id).orElseThrow(() -> new NotFoundException("Property"));
          if (property.status() == PropertyStatus.ARCHIVED) {
            return property; // already archived: no write, the version stays
          }
          return properties
              .update(id, PropertyChanges.status(PropertyStatus.ARCHIVED), Versioned.any())
              .orElseThrow(() -> new NotFoundException("Property"));
        });
  }
}
