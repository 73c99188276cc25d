package dev.leaseport.application.webhook;

import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.payment.PaymentEventFilter;
import dev.leaseport.domain.payment.PaymentEventLog;
import dev.leaseport.domain.payment.PaymentEventSortField;
import dev.leaseport.domain.payment.ReceivedPaymentEvent;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;

/** An admin lists the provider's events as received, filtered by outcome or type. */
public final class ListPaymentEvents {
  private final PaymentEventLog log;

  public ListPaymentEvents(PaymentEventLog log) {
    this.log = log;
  }

  public Page<ReceivedPaymentEvent> execute(
      Caller caller,
      PaymentEventFilter filter,
      Sort<PaymentEventSortField> sort,
      PageRequest page) {
    caller.require(UserType.ADMIN);
    return log.list(filter, sort, page);
  }
}
