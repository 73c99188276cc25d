package dev.leaseport.domain.expense;

import static dev.leaseport.domain.expense.ExpenseFields.*;

import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Violations;
import java.time.LocalDate;
import java.util.UUID;

/** An expense to record; the unit, maintenance request, vendor and description may be null. */
public record NewExpense(
    UUID propertyId,
    UUID unitId,
    UUID maintenanceRequestId,
    ExpenseCategory category,
    Money amount,
    LocalDate incurredOn,
    String vendor,
    String description) {

  public NewExpense {
    Violations v =
        new Violations()
            .required(propertyId, "propertyId")
            .required(category, "category")
            .required(amount, "amount")
            .required(incurredOn, "incurredOn");
    checkAmount(v, amount);
    checkIncurredOn(v, incurredOn);
    checkVendor(v, vendor);
    checkDescription(v, description);
    v.throwIfAny();
  }
}
