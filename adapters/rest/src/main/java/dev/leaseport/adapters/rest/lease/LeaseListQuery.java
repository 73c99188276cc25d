package dev.leaseport.adapters.rest.lease;

import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.adapters.rest.request.ListQuery;
import dev.leaseport.domain.lease.LeaseFilter;
import dev.leaseport.domain.lease.LeaseSortField;
import dev.leaseport.domain.lease.LeaseStatus;
import dev.leaseport.domain.shared.Sort;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of {@code GET /leases}: sort by startDate, endDate, createdAt or rentAmount. */
public class LeaseListQuery extends ListQuery<LeaseSortField> {
  @QueryParam("status")
  String status;

  @QueryParam("propertyId")
  String propertyId;

  @QueryParam("unitId")
  String unitId;

  @QueryParam("tenantId")
  String tenantId;

  @QueryParam("expiringWithinDays")
  @Parameter(description = "ACTIVE leases ending from today to this many days ahead, 0..3660")
  String expiringWithinDays;

  public LeaseListQuery() {
    super(
        Map.of(
            "startDate", LeaseSortField.START_DATE,
            "endDate", LeaseSortField.END_DATE,
            "createdAt", LeaseSortField.CREATED_AT,
            "rentAmount", LeaseSortField.RENT_AMOUNT),
        Sort.ascending(LeaseSortField.START_DATE));
  }

  LeaseFilter filter() {
    return new LeaseFilter(
        ListParameters.enumeration("status", status, LeaseStatus.class),
        ListParameters.uuid("propertyId", propertyId),
        ListParameters.uuid("unitId", unitId),
        ListParameters.uuid("tenantId", tenantId),
        ListParameters.optionalInt(
            "expiringWithinDays", expiringWithinDays, 0, LeaseFilter.EXPIRING_WITHIN_DAYS_MAX));
  }
}
