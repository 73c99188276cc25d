package dev.leaseport.domain.testdata;

import dev.leaseport.domain.maintenance.MaintenanceCategory;
import dev.leaseport.domain.maintenance.MaintenanceChanges;
import dev.leaseport.domain.maintenance.MaintenancePriority;
import dev.leaseport.domain.maintenance.MaintenanceRequest;
import dev.leaseport.domain.maintenance.MaintenanceStatus;
import dev.leaseport.domain.maintenance.MaintenanceUnit;
import dev.leaseport.domain.maintenance.NewMaintenanceRequest;
import dev.leaseport.domain.shared.Change;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Valid maintenance requests, new and stored, and status changes. */
public final class MaintenanceTestData {
  private MaintenanceTestData() {}

  /** A HIGH plumbing request for {@code unitId}. */
  public static NewMaintenanceRequest newRequest(UUID unitId) {
    return new NewMaintenanceRequest(
        unitId,
        "Leaking tap",
        Optional.of("Under the kitchen sink"),
        MaintenanceCategory.PLUMBING,
        MaintenancePriority.HIGH);
  }

  /** A stored request in {@code status}, filed by {@code requestedBy}, priced in USD. */
  public static MaintenanceRequest request(MaintenanceStatus status, UUID requestedBy) {
    return new MaintenanceRequest(
        UUID.randomUUID(),
        UUID.randomUUID(),
        new MaintenanceUnit(
            UUID.randomUUID(), Optional.empty(), Optional.empty(), Optional.empty()),
        Optional.empty(),
        requestedBy,
        "Leaking tap",
        Optional.empty(),
        MaintenanceCategory.PLUMBING,
        MaintenancePriority.HIGH,
        status,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "usd",
        status == MaintenanceStatus.COMPLETED ? Optional.of(Instant.EPOCH) : Optional.empty(),
        Instant.EPOCH,
        Instant.EPOCH,
        1);
  }

  /** Moves the request to {@code status} and nothing else. */
  public static MaintenanceChanges statusChangedTo(MaintenanceStatus status) {
    return new MaintenanceChanges(
        Change.to(status),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Optional.empty());
  }
}
