package dev.leaseport.domain.maintenance;

import dev.leaseport.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A request to fix something in a unit, filed by a renter of the unit or by its owner. Both costs
 * are in the request's currency, the unit's when it was filed.
 */
public record MaintenanceRequest(
    UUID id,
    UUID ownerId,
    MaintenanceUnit unit,
    Optional<UUID> leaseId,
    UUID requestedBy,
    String title,
    Optional<String> description,
    MaintenanceCategory category,
    MaintenancePriority priority,
    MaintenanceStatus status,
    Optional<LocalDate> scheduledFor,
    Optional<Money> estimatedCost,
    Optional<Money> actualCost,
    String currency,
    Optional<Instant> completedAt,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
