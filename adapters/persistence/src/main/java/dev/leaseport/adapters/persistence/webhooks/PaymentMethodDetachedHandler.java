package dev.leaseport.adapters.persistence.webhooks;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Routines.applyPaymentMethodDetached;

import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEvent;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/**
 * {@code payment_method.detached}: a saved method can no longer be charged. One database call
 * removes its record; the holder's newest remaining method becomes the default when it was the
 * default, and autopay that paid with it turns off.
 */
public final class PaymentMethodDetachedHandler implements PaymentEventHandler {

  @Override
  public String eventType() {
    return "payment_method.detached";
  }

  @Override
  public EventOutcome apply(DSLContext transaction, PaymentEvent event) {
    String outcome =
        transaction
            .select(applyPaymentMethodDetached(JSONB.valueOf(event.objectJson())))
            .fetchSingle()
            .value1();
    return EventOutcome.valueOf(outcome);
  }
}
