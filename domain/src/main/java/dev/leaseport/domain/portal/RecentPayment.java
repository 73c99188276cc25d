package dev.leaseport.domain.portal;

import dev.leaseport.domain.payment.PaymentMethodKind;
import dev.leaseport.domain.payment.PaymentStatus;
import dev.leaseport.domain.shared.Money;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A payment the renter made, or a co-tenant made on one of their leases. The method is known once
 * the payer chose it; a failure code only on a FAILED payment.
 */
public record RecentPayment(
    UUID id,
    UUID chargeId,
    Money amount,
    PaymentStatus status,
    Optional<PaymentMethodKind> methodKind,
    Instant createdAt,
    Optional<String> failureCode) {}
