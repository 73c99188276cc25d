package dev.leaseport.adapters.persistence.webhooks;

import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEvent;
import org.jooq.DSLContext;

/**
 * The effect of one event type, applied inside the inbox's transaction. It returns {@link
 * EventOutcome#APPLIED}, or an {@code IGNORED_*} outcome when the event is older than the state it
 * would change, would move a final state back, or concerns an object Leaseport does not know. It
 * throws when the effect cannot be applied: the inbox then records nothing, so Stripe retries.
 */
public interface PaymentEventHandler {

  /** The Stripe event type handled, e.g. {@code account.updated}. */
  String eventType();

  EventOutcome apply(DSLContext transaction, PaymentEvent event);
}
