package dev.leaseport.adapters.rest.payment;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.domain.payment.RefundReason;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.ValidationException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /payments/{id}/refunds}: how much, in the payment's currency (all that
 * remains when left out), and why.
 */
@Schema(name = "Refund", requiredProperties = "reason", example = ApiExamples.REFUND)
public record RefundRequest(MoneyJson amount, RefundReason reason) {

  Optional<Money> money() {
    if (amount == null) {
      return Optional.empty();
    }
    String currency =
        amount.currency() == null
            ? MoneyJson.DEFAULT_CURRENCY
            : amount.currency().toLowerCase(Locale.ROOT);
    if (!Money.isValidCurrency(currency)) {
      throw ValidationException.of(
          "amount.currency", "must be a three-letter ISO 4217 code such as usd");
    }
    if (amount.amount() <= 0) {
      throw ValidationException.of("amount.amount", "must be greater than 0");
    }
    return Optional.of(new Money(amount.amount(), currency));
  }

  RefundReason requiredReason() {
    if (reason == null) {
      throw ValidationException.of("reason", "is required");
    }
    return reason;
  }
}
