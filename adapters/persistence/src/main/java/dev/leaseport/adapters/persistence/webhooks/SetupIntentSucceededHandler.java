package dev.leaseport.adapters.persistence.webhooks;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Routines.applySetupIntentSucceeded;

import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEvent;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/**
 * {@code setup_intent.succeeded}: a renter saved a card or bank account. One database call records
 * it for the user whose customer it names (their first becomes the default), unless it is no longer
 * attached to that customer or is recorded already. The event arrives completed with the payment
 * method's details (kind, brand or bank, last digits), read from Stripe before the transaction.
 */
public final class SetupIntentSucceededHandler implements PaymentEventHandler {

  @Override
  public String eventType() {
    return "setup_intent.succeeded";
  }

  @Override
  public EventOutcome apply(DSLContext transaction, PaymentEvent event) {
    String outcome =
        transaction
            .select(applySetupIntentSucceeded(JSONB.valueOf(event.objectJson())))
            .fetchSingle()
            .value1();
    return EventOutcome.valueOf(outcome);
  }
}
