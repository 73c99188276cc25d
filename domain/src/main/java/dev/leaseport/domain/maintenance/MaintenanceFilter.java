package dev.leaseport.domain.maintenance;

import java.util.Optional;
import java.util.UUID;

/** Which requests a list shows; {@code q} matches the title, case-insensitively. */
public record MaintenanceFilter(
    Optional<MaintenanceStatus> status,
    Optional<MaintenancePriority> priority,
    Optional<MaintenanceCategory> category,
    Optional<UUID> propertyId,
    Optional<UUID> unitId,
    Optional<String> q) {

  public static MaintenanceFilter none() {
    return new MaintenanceFilter(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
