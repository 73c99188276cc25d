package dev.leaseport.adapters.rest.maintenance;

import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.adapters.rest.response.VersionedJson;
import dev.leaseport.domain.maintenance.MaintenanceRequest;
import dev.leaseport.domain.maintenance.MaintenanceUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A maintenance request as JSON, with its unit and the property's name. */
public record MaintenanceRequestJson(
    UUID id,
    UnitSummary unit,
    UUID leaseId,
    UUID requestedBy,
    String title,
    String description,
    String category,
    String priority,
    String status,
    LocalDate scheduledFor,
    MoneyJson estimatedCost,
    MoneyJson actualCost,
    Instant completedAt,
    Instant createdAt,
    Instant updatedAt,
    long version)
    implements VersionedJson {

  /** The unit; number and property are null for a renter who no longer leases it. */
  public record UnitSummary(UUID id, String unitNumber, UUID propertyId, String propertyName) {
    static UnitSummary of(MaintenanceUnit u) {
      return new UnitSummary(
          u.id(),
          u.unitNumber().orElse(null),
          u.propertyId().orElse(null),
          u.propertyName().orElse(null));
    }
  }

  static MaintenanceRequestJson of(MaintenanceRequest r) {
    return new MaintenanceRequestJson(
        r.id(),
        UnitSummary.of(r.unit()),
        r.leaseId().orElse(null),
        r.requestedBy(),
        r.title(),
        r.description().orElse(null),
        r.category().name(),
        r.priority().name(),
        r.status().name(),
        r.scheduledFor().orElse(null),
        r.estimatedCost().map(MoneyJson::of).orElse(null),
        r.actualCost().map(MoneyJson::of).orElse(null),
        r.completedAt().orElse(null),
        r.createdAt(),
        r.updatedAt(),
        r.version());
  }
}
