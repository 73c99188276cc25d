package dev.leaseport.adapters.rest.maintenance;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.domain.maintenance.MaintenanceCategory;
import dev.leaseport.domain.maintenance.MaintenancePriority;
import dev.leaseport.domain.maintenance.NewMaintenanceRequest;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /maintenance-requests}: the unit (a renter's must be the unit of an
 * ACTIVE lease of theirs), a title, and optionally a description, a category (OTHER when left out)
 * and a priority (MEDIUM when left out).
 */
@Schema(
    name = "NewMaintenanceRequest",
    requiredProperties = {"unitId", "title"},
    example = ApiExamples.NEW_MAINTENANCE_REQUEST)
public record NewMaintenanceRequestBody(
    UUID unitId,
    String title,
    String description,
    MaintenanceCategory category,
    MaintenancePriority priority) {

  NewMaintenanceRequest toCommand() {
    return new NewMaintenanceRequest(
        unitId,
        title,
        Optional.ofNullable(description),
        category == null ? MaintenanceCategory.OTHER : category,
        priority == null ? MaintenancePriority.MEDIUM : priority);
  }
}
