package dev.leaseport.adapters.rest.tenant;

import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.adapters.rest.request.ListQuery;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.tenant.TenantFilter;
import dev.leaseport.domain.tenant.TenantSortField;
import dev.leaseport.domain.tenant.TenantStatus;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of {@code GET /tenants}: sort by lastName, email or createdAt. */
public class TenantListQuery extends ListQuery<TenantSortField> {
  @QueryParam("status")
  String status;

  @QueryParam("q")
  @Parameter(description = "Searches first name, last name and e-mail")
  String q;

  public TenantListQuery() {
    super(
        Map.of(
            "lastName", TenantSortField.LAST_NAME,
            "email", TenantSortField.EMAIL,
            "createdAt", TenantSortField.CREATED_AT),
        Sort.ascending(TenantSortField.LAST_NAME));
  }

  TenantFilter filter() {
    return new TenantFilter(
        ListParameters.enumeration("status", status, TenantStatus.class),
        ListParameters.text("q", q, 200));
  }
}
