package dev.leaseport.adapters.rest.webhook;

import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.adapters.rest.request.ListQuery;
import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEventFilter;
import dev.leaseport.domain.payment.PaymentEventSortField;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Sort;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of {@code GET /admin/webhook-events}: newest first unless sorted otherwise. */
public class PaymentEventListQuery extends ListQuery<PaymentEventSortField> {
  @QueryParam("outcome")
  @Parameter(description = "APPLIED, IGNORED_STALE or IGNORED_UNKNOWN")
  String outcome;

  @QueryParam("type")
  @Parameter(description = "An exact Stripe event type, e.g. account.updated")
  String type;

  public PaymentEventListQuery() {
    super(
        Map.of(
            "receivedAt", PaymentEventSortField.RECEIVED_AT,
            "created", PaymentEventSortField.CREATED),
        new Sort<>(PaymentEventSortField.RECEIVED_AT, Direction.DESCENDING));
  }

  PaymentEventFilter filter() {
    return new PaymentEventFilter(
        ListParameters.enumeration("outcome", outcome, EventOutcome.class),
        ListParameters.text("type", type, 255));
  }
}
