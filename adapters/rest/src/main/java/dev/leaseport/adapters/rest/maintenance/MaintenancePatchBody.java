package dev.leaseport.adapters.rest.maintenance;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.domain.maintenance.MaintenanceChanges;
import dev.leaseport.domain.maintenance.MaintenancePriority;
import dev.leaseport.domain.maintenance.MaintenanceStatus;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Money;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /maintenance-requests/{id}}: absent fields stay, null clears the date or
 * a cost. {@code note} explains a status change and is kept in the history, not on the request.
 */
@Schema(name = "MaintenanceRequestPatch", example = ApiExamples.MAINTENANCE_PATCH)
public record MaintenancePatchBody(
    @Schema(implementation = MaintenanceStatus.class) Change<MaintenanceStatus> status,
    @Schema(implementation = MaintenancePriority.class) Change<MaintenancePriority> priority,
    @Schema(implementation = LocalDate.class, format = "date", nullable = true)
        Change<LocalDate> scheduledFor,
    @Schema(implementation = MoneyJson.class, nullable = true) Change<Money> estimatedCost,
    @Schema(implementation = MoneyJson.class, nullable = true) Change<Money> actualCost,
    @Schema(implementation = String.class, description = "Kept with the status change")
        Change<String> note) {

  MaintenanceChanges toChanges() {
    return new MaintenanceChanges(
        status, priority, scheduledFor, estimatedCost, actualCost, note.newValue());
  }
}
