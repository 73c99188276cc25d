package dev.leaseport.domain.maintenance;

import dev.leaseport.domain.shared.Violations;
import java.util.Optional;
import java.util.UUID;

/**
 * A request to file for a unit: a renter's must be the unit of an ACTIVE lease of theirs, an
 * owner's one of their units (the database decides; any other unit is not found).
 */
public record NewMaintenanceRequest(
    UUID unitId,
    String title,
    Optional<String> description,
    MaintenanceCategory category,
    MaintenancePriority priority) {

  public NewMaintenanceRequest {
    description = description == null ? Optional.empty() : description;
    new Violations()
        .required(unitId, "unitId")
        .requireText(title, "title", MaintenanceFields.TITLE_MAX)
        .maxLength(description.orElse(null), "description", MaintenanceFields.DESCRIPTION_MAX)
        .required(category, "category")
        .required(priority, "priority")
        .throwIfAny();
  }
}
