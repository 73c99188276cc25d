package dev.leaseport.adapters.rest.paymentmethod;

import dev.leaseport.domain.payment.PaymentMethodKind;
import dev.leaseport.domain.paymentmethod.SavedPaymentMethod;
import java.time.Instant;
import java.util.UUID;

/**
 * A saved method as the renter recognises it: a card's brand, last four digits and expiry, or a
 * bank account's bank and last four digits. Absent fields are null.
 */
public record PaymentMethodJson(
    UUID id,
    PaymentMethodKind kind,
    String brand,
    String bankName,
    String last4,
    Integer expMonth,
    Integer expYear,
    boolean isDefault,
    Instant createdAt) {

  static PaymentMethodJson of(SavedPaymentMethod m) {
    return new PaymentMethodJson(
        m.id(),
        m.kind(),
        m.brand().orElse(null),
        m.bankName().orElse(null),
        m.last4().orElse(null),
        m.expMonth().orElse(null),
        m.expYear().orElse(null),
        m.isDefault(),
        m.createdAt());
  }
}
