package dev.leaseport.domain.paymentmethod;

import dev.leaseport.domain.payment.PaymentMethodKind;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A payment method the caller saved with the payment provider, as the provider described it: a
 * card's brand, last four digits and expiry, or a bank account's bank and last four digits.
 *
 * @param providerId the provider's id of the method, used to charge or detach it
 */
public record SavedPaymentMethod(
    UUID id,
    String providerId,
    PaymentMethodKind kind,
    Optional<String> brand,
    Optional<String> bankName,
    Optional<String> last4,
    Optional<Integer> expMonth,
    Optional<Integer> expYear,
    boolean isDefault,
    Instant createdAt) {}
