package dev.leaseport.domain.expense;

import static dev.leaseport.domain.expense.ExpenseFields.*;

import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Violations;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A partial update of an expense. The property, category, amount and date may change but not be
 * cleared; the unit, maintenance request, vendor and description may be cleared.
 */
public record ExpenseChanges(
    Change<UUID> propertyId,
    Change<UUID> unitId,
    Change<UUID> maintenanceRequestId,
    Change<ExpenseCategory> category,
    Change<Money> amount,
    Change<LocalDate> incurredOn,
    Change<String> vendor,
    Change<String> description) {

  public ExpenseChanges {
    Violations v = new Violations();
    v.check(!(propertyId instanceof Change.Cleared), "propertyId", "must not be null");
    v.check(!(category instanceof Change.Cleared), "category", "must not be null");
    v.check(!(amount instanceof Change.Cleared), "amount", "must not be null");
    v.check(!(incurredOn instanceof Change.Cleared), "incurredOn", "must not be null");
    checkAmount(v, amount.newValue().orElse(null));
    checkIncurredOn(v, incurredOn.newValue().orElse(null));
    checkVendor(v, vendor.newValue().orElse(null));
    checkDescription(v, description.newValue().orElse(null));
    v.throwIfAny();
  }

  public boolean isEmpty() {
    return !propertyId.isChanged()
        && !unitId.isChanged()
        && !maintenanceRequestId.isChanged()
        && !category.isChanged()
        && !amount.isChanged()
        && !incurredOn.isChanged()
        && !vendor.isChanged()
        && !description.isChanged();
  }
}
