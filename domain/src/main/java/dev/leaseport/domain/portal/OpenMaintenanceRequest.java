package dev.leaseport.domain.portal;

import dev.leaseport.domain.maintenance.MaintenanceCategory;
import dev.leaseport.domain.maintenance.MaintenancePriority;
import dev.leaseport.domain.maintenance.MaintenanceStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A maintenance request the renter may read that is not finished yet (open, started, on hold). */
public record OpenMaintenanceRequest(
    UUID id,
    UUID unitId,
    String title,
    MaintenanceCategory category,
    MaintenancePriority priority,
    MaintenanceStatus status,
    Optional<LocalDate> scheduledFor,
    boolean filedByYou,
    Instant createdAt) {}
