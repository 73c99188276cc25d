package dev.leaseport.domain.portal;

import dev.leaseport.domain.charge.ChargeKind;
import dev.leaseport.domain.shared.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An OPEN charge of one of the renter's leases: what it is, when it is due, and what payments did
 * to it so far. {@code balance} is what is still owed (amount - paid + refunded); {@code pending}
 * is part of it already on its way (a bank debit in flight).
 */
public record OverviewCharge(
    UUID id,
    UUID leaseId,
    ChargeKind kind,
    String description,
    LocalDate dueDate,
    Money amount,
    Money paid,
    Money pending,
    Money refunded,
    Money balance) {}
