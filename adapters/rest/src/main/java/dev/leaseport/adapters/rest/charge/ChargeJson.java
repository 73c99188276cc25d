package dev.leaseport.adapters.rest.charge;

import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.adapters.rest.response.VersionedJson;
import dev.leaseport.domain.charge.Charge;
import dev.leaseport.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A charge as JSON: what it is for, its amount, and what payments did to it: {@code paid}
 * (settled), {@code refunded}, {@code pending} (initiated, not yet settled, e.g. a bank debit in
 * flight) and the {@code balance} still owed (amount - paid + refunded).
 */
public record ChargeJson(
    UUID id,
    UUID leaseId,
    String kind,
    LocalDate periodStart,
    LocalDate periodEnd,
    UUID parentChargeId,
    String description,
    MoneyJson amount,
    LocalDate dueDate,
    MoneyJson paid,
    MoneyJson refunded,
    MoneyJson pending,
    MoneyJson balance,
    String status,
    Instant voidedAt,
    Instant createdAt,
    Instant updatedAt,
    long version)
    implements VersionedJson {

  static ChargeJson of(Charge c) {
    String currency = c.amount().currency();
    return new ChargeJson(
        c.id(),
        c.leaseId(),
        c.kind().name(),
        c.periodStart().orElse(null),
        c.periodEnd().orElse(null),
        c.parentChargeId().orElse(null),
        c.description(),
        MoneyJson.of(c.amount()),
        c.dueDate(),
        MoneyJson.of(new Money(c.paid(), currency)),
        MoneyJson.of(new Money(c.refunded(), currency)),
        MoneyJson.of(new Money(c.pending(), currency)),
        MoneyJson.of(c.balance()),
        c.status().name(),
        c.voidedAt().orElse(null),
        c.createdAt(),
        c.updatedAt(),
        c.version());
  }
}
