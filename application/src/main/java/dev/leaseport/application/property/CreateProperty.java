package dev.leaseport.application.property;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.billing.PlanCatalog;
import dev.leaseport.domain.billing.PlanUsageRepository;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.property.NewProperty;
import dev.leaseport.domain.property.Property;
import dev.leaseport.domain.property.PropertyRepository;

/**
 * An owner adds a property to their portfolio, within their plan's property limit where billing is
 * configured. The limit is checked after locking the owner's usage in the same transaction as the
 * insert, so two creates racing at the limit cannot both pass.
 */
public final class CreateProperty {
  private final UserTransactions transactions;
  private final PropertyRepository properties;
  private final PlanCatalog plans;
  private final PlanUsageRepository usage;

  public CreateProperty(
      UserTransactions transactions,
      PropertyRepository properties,
      PlanCatalog plans,
      PlanUsageRepository usage) {
    this.transactions = transactions;
    this.properties = properties;
    this.plans = plans;
    this.usage = usage;
  }

  public Property execute(Caller caller, NewProperty property) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller,
        () -> {
          if (plans.billingConfigured()) {
            plans.requireRoomForProperty(usage.lockForCreate());
          }
          return properties.create(caller.userId(), property);
        });
  }
}
