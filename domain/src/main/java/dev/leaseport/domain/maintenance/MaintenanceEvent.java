package dev.leaseport.domain.maintenance;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of a request's history: the filing (no previous status) or a status change, who made it
 * (empty when the system did) and the note given with it.
 */
public record MaintenanceEvent(
    UUID id,
    Optional<MaintenanceStatus> fromStatus,
    MaintenanceStatus toStatus,
    Optional<UUID> actorId,
    Optional<String> note,
    Instant at) {}
