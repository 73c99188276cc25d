package dev.leaseport.adapters.persistence.webhooks;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Routines.applyChargeRefunded;

import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEvent;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/**
 * {@code charge.refunded}: Stripe's cumulative refunded amount of a rent payment becomes the
 * payment's, and the difference reopens its charge. One call of {@code apply_charge_refunded}; an
 * amount no larger than the one held is an older or repeated state.
 */
public final class ChargeRefundedHandler implements PaymentEventHandler {

  @Override
  public String eventType() {
    return "charge.refunded";
  }

  @Override
  public EventOutcome apply(DSLContext transaction, PaymentEvent event) {
    String outcome =
        transaction
            .select(applyChargeRefunded(JSONB.valueOf(event.objectJson()), event.created()))
            .fetchSingle()
            .value1();
    return EventOutcome.valueOf(outcome);
  }
}
