package dev.leaseport.adapters.rest.charge;

import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.adapters.rest.request.ListQuery;
import dev.leaseport.domain.charge.ChargeFilter;
import dev.leaseport.domain.charge.ChargeKind;
import dev.leaseport.domain.charge.ChargeSortField;
import dev.leaseport.domain.charge.ChargeStatus;
import dev.leaseport.domain.shared.Sort;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of {@code GET /charges}: sort by dueDate (the default), createdAt or amount. */
public class ChargeListQuery extends ListQuery<ChargeSortField> {
  @QueryParam("leaseId")
  String leaseId;

  @QueryParam("status")
  String status;

  @QueryParam("kind")
  String kind;

  @QueryParam("dueFrom")
  @Parameter(description = "Due on or after this date, YYYY-MM-DD")
  String dueFrom;

  @QueryParam("dueTo")
  @Parameter(description = "Due on or before this date, YYYY-MM-DD")
  String dueTo;

  public ChargeListQuery() {
    super(
        Map.of(
            "dueDate", ChargeSortField.DUE_DATE,
            "createdAt", ChargeSortField.CREATED_AT,
            "amount", ChargeSortField.AMOUNT),
        Sort.ascending(ChargeSortField.DUE_DATE));
  }

  ChargeFilter filter() {
    return new ChargeFilter(
        ListParameters.uuid("leaseId", leaseId),
        ListParameters.enumeration("status", status, ChargeStatus.class),
        ListParameters.enumeration("kind", kind, ChargeKind.class),
        ListParameters.date("dueFrom", dueFrom),
        ListParameters.date("dueTo", dueTo));
  }
}
