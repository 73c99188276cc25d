package dev.leaseport.domain.charge;

import dev.leaseport.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Something a lease's tenants owe, in the lease's currency: a period's rent, a late fee on a rent
 * charge, or another charge the owner added. Payments keep {@code paid}, {@code refunded} and
 * {@code pending} (initiated, not yet settled) current.
 */
public record Charge(
    UUID id,
    UUID leaseId,
    ChargeKind kind,
    Optional<LocalDate> periodStart,
    Optional<LocalDate> periodEnd,
    Optional<UUID> parentChargeId,
    String description,
    Money amount,
    LocalDate dueDate,
    long paid,
    long refunded,
    long pending,
    ChargeStatus status,
    Optional<Instant> voidedAt,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** What is still owed: the amount, less what was paid, plus what was refunded. */
  public Money balance() {
    return new Money(amount.amount() - paid + refunded, amount.currency());
  }
}
