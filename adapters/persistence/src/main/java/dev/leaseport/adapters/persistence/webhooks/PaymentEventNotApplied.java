package dev.leaseport.adapters.persistence.webhooks;

import dev.leaseport.domain.payment.PaymentEvent;
import dev.leaseport.domain.shared.DomainException;

/**
 * An event's effect failed and was rolled back with its claim. The REST edge answers it 500, so
 * Stripe retries the delivery later. A translated database error (a check, a duplicate...) would
 * otherwise answer as a client's mistake (409, 422), which it is not: the failure is kept as a
 * suppressed exception, for the log, not as the cause the edge maps.
 */
public final class PaymentEventNotApplied extends RuntimeException {
  PaymentEventNotApplied(PaymentEvent event, DomainException failure) {
    super(
        "Stripe event "
            + event.id()
            + " ("
            + event.type()
            + ") could not be applied: "
            + failure.code()
            + ": "
            + failure.getMessage());
    addSuppressed(failure);
  }
}
