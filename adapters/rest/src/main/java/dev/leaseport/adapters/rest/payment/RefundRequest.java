package dev.leaseport.adapters.rest.payment;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.domain.payment.RefundReason;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.ValidationException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /payments/{id}/refunds}: how much, in the payment's currency (all that
 * remains when left out), and why.
 */
@Schema(name = "Refund", requiredProperties = "reason", example = ApiExamples.REFUND)
public record RefundRequest(
    @Schema(implementation = MoneyJson.class) Money amount, RefundReason reason) {

  Optional<Money> money() {
    if (amount != null && amount.amount() <= 0) {
      throw ValidationException.of("amount.amount", "must be greater than 0");
    }
    return Optional.ofNullable(amount);
  }

  RefundReason requiredReason() {
    if (reason == null) {
      throw ValidationException.of("reason", "is required");
    }
    return reason;
  }
}
