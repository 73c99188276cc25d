package dev.leaseport.adapters.persistence.webhooks;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Routines.applyAccountUpdated;

import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEvent;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/**
 * {@code account.updated}: an owner's Connect account changed (onboarding progressed, a capability
 * was turned on or off). One database call updates the row unless it holds a newer event's state.
 */
public final class AccountUpdatedHandler implements PaymentEventHandler {

  @Override
  public String eventType() {
    return "account.updated";
  }

  @Override
  public EventOutcome apply(DSLContext transaction, PaymentEvent event) {
    String outcome =
        transaction
            .select(applyAccountUpdated(JSONB.valueOf(event.objectJson()), event.created()))
            .fetchSingle()
            .value1();
    return EventOutcome.valueOf(outcome);
  }
}
