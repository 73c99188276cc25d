package dev.leaseport.adapters.rest.charge;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.domain.charge.NewCharge;
import dev.leaseport.domain.shared.Money;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /leases/{id}/charges}: an OTHER charge, what for, how much (minor units
 * in the lease's currency: any other is 422) and when due.
 */
@Schema(
    name = "NewCharge",
    requiredProperties = {"description", "amount", "dueDate"},
    example = ApiExamples.NEW_CHARGE)
public record NewChargeRequest(
    String description,
    @Schema(implementation = MoneyJson.class) Money amount,
    @Schema(format = "date") LocalDate dueDate) {

  NewCharge toCommand() {
    return new NewCharge(description, amount, dueDate);
  }
}
