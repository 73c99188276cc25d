package dev.leaseport.domain.payment;

import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;

/**
 * The inbox's record of every event received, for operators. It belongs to no owner, so no
 * request's row-level security can show it: the adapter reads it in the system tier, and the use
 * case lets only admins ask.
 */
public interface PaymentEventLog {

  Page<ReceivedPaymentEvent> list(
      PaymentEventFilter filter, Sort<PaymentEventSortField> sort, PageRequest page);
}
