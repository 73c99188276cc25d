package dev.leaseport.adapters.rest.expense;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.domain.expense.ExpenseCategory;
import dev.leaseport.domain.expense.NewExpense;
import dev.leaseport.domain.shared.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /expenses}: amount in minor units (currency usd when left out). */
@Schema(
    name = "NewExpense",
    requiredProperties = {"propertyId", "category", "amount", "incurredOn"},
    example = ApiExamples.NEW_EXPENSE)
public record NewExpenseRequest(
    UUID propertyId,
    UUID unitId,
    UUID maintenanceRequestId,
    ExpenseCategory category,
    @Schema(implementation = MoneyJson.class) Money amount,
    LocalDate incurredOn,
    String vendor,
    String description) {

  NewExpense toCommand() {
    return new NewExpense(
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
