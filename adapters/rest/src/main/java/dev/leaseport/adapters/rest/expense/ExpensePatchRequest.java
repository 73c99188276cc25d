package dev.leaseport.adapters.rest.expense;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.domain.expense.ExpenseCategory;
import dev.leaseport.domain.expense.ExpenseChanges;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PATCH /expenses/{id}}: absent fields stay, null clears an optional one. */
@Schema(name = "ExpensePatch", example = ApiExamples.EXPENSE_PATCH)
public record ExpensePatchRequest(
    @Schema(implementation = UUID.class) Change<UUID> propertyId,
    @Schema(implementation = UUID.class, nullable = true) Change<UUID> unitId,
    @Schema(implementation = UUID.class, nullable = true) Change<UUID> maintenanceRequestId,
    @Schema(implementation = ExpenseCategory.class) Change<ExpenseCategory> category,
    @Schema(implementation = MoneyJson.class) Change<Money> amount,
    @Schema(implementation = LocalDate.class) Change<LocalDate> incurredOn,
    @Schema(implementation = String.class, nullable = true) Change<String> vendor,
    @Schema(implementation = String.class, nullable = true) Change<String> description) {

  ExpenseChanges toChanges() {
    return new ExpenseChanges(
        propertyId,
        unitId,
        maintenanceRequestId,
        category,
        amount,
        incurredOn,
        vendor,
        description);
  }
}
