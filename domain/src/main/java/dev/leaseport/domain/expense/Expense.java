package dev.leaseport.domain.expense;

import dev.leaseport.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A cost an owner incurred for a property, maybe for one of its units or a maintenance request. */
public record Expense(
    UUID id,
    UUID ownerId,
    UUID propertyId,
    Optional<UUID> unitId,
    Optional<UUID> maintenanceRequestId,
    ExpenseCategory category,
    Money amount,
    LocalDate incurredOn,
    Optional<String> vendor,
    Optional<String> description,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
