package dev.leaseport.adapters.rest.maintenance;

import dev.leaseport.domain.maintenance.MaintenanceEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a request's history: {@code fromStatus} is null for the filing, {@code actorId} for a
 * change the system made.
 */
public record MaintenanceEventJson(
    UUID id, String fromStatus, String toStatus, UUID actorId, String note, Instant at) {

  static MaintenanceEventJson of(MaintenanceEvent e) {
    return new MaintenanceEventJson(
        e.id(),
        e.fromStatus().map(Enum::name).orElse(null),
        e.toStatus().name(),
        e.actorId().orElse(null),
        e.note().orElse(null),
        e.at());
  }
}
