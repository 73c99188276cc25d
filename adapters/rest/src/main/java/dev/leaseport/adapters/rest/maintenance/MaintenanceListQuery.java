package dev.leaseport.adapters.rest.maintenance;

import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.adapters.rest.request.ListQuery;
import dev.leaseport.domain.maintenance.MaintenanceCategory;
import dev.leaseport.domain.maintenance.MaintenanceFilter;
import dev.leaseport.domain.maintenance.MaintenancePriority;
import dev.leaseport.domain.maintenance.MaintenanceSortField;
import dev.leaseport.domain.maintenance.MaintenanceStatus;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Sort;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of {@code GET /maintenance-requests}: sort by createdAt, priority or status. */
public class MaintenanceListQuery extends ListQuery<MaintenanceSortField> {
  @QueryParam("status")
  String status;

  @QueryParam("priority")
  String priority;

  @QueryParam("category")
  String category;

  @QueryParam("propertyId")
  String propertyId;

  @QueryParam("unitId")
  String unitId;

  @QueryParam("q")
  @Parameter(description = "Searches the title")
  String q;

  public MaintenanceListQuery() {
    super(
        Map.of(
            "createdAt", MaintenanceSortField.CREATED_AT,
            "priority", MaintenanceSortField.PRIORITY,
            "status", MaintenanceSortField.STATUS),
        new Sort<>(MaintenanceSortField.CREATED_AT, Direction.DESCENDING));
  }

  MaintenanceFilter filter() {
    return new MaintenanceFilter(
        ListParameters.enumeration("status", status, MaintenanceStatus.class),
        ListParameters.enumeration("priority", priority, MaintenancePriority.class),
        ListParameters.enumeration("category", category, MaintenanceCategory.class),
        ListParameters.uuid("propertyId", propertyId),
        ListParameters.uuid("unitId", unitId),
        ListParameters.text("q", q, 200));
  }
}
