package dev.leaseport.adapters.rest.payment;

import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.adapters.rest.request.ListQuery;
import dev.leaseport.domain.payment.PaymentFilter;
import dev.leaseport.domain.payment.PaymentSortField;
import dev.leaseport.domain.payment.PaymentStatus;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Sort;
import jakarta.ws.rs.QueryParam;
import java.util.Map;

/** The query of {@code GET /payments}: sort by createdAt (newest first by default) or amount. */
public class PaymentListQuery extends ListQuery<PaymentSortField> {
  @QueryParam("chargeId")
  String chargeId;

  @QueryParam("leaseId")
  String leaseId;

  @QueryParam("status")
  String status;

  public PaymentListQuery() {
    super(
        Map.of("createdAt", PaymentSortField.CREATED_AT, "amount", PaymentSortField.AMOUNT),
        new Sort<>(PaymentSortField.CREATED_AT, Direction.DESCENDING));
  }

  PaymentFilter filter() {
    return new PaymentFilter(
        ListParameters.uuid("chargeId", chargeId),
        ListParameters.uuid("leaseId", leaseId),
        ListParameters.enumeration("status", status, PaymentStatus.class));
  }
}
