package dev.leaseport.domain.export;

import dev.leaseport.domain.charge.ChargeKind;
import dev.leaseport.domain.payment.PaymentMethodKind;
import dev.leaseport.domain.payment.PaymentStatus;
import dev.leaseport.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One payment of the owner in the payments export: when it was started, what it paid (property,
 * unit, lease, charge), who paid, and its amounts, all in the payment's currency.
 */
public record PaymentLine(
    UUID id,
    Instant createdAt,
    LocalDate date,
    String propertyName,
    String unitNumber,
    UUID leaseId,
    Optional<String> payer,
    Optional<String> payerEmail,
    UUID chargeId,
    ChargeKind chargeKind,
    String chargeDescription,
    Optional<LocalDate> periodStart,
    Optional<LocalDate> periodEnd,
    LocalDate dueDate,
    PaymentStatus status,
    Optional<PaymentMethodKind> methodKind,
    Money amount,
    Money refunded,
    Money disputed,
    Money applicationFee,
    Optional<String> stripePaymentIntentId,
    Optional<String> failureCode) {}
