package dev.leaseport.adapters.persistence.webhooks;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.STRIPE_EVENTS;
import static org.jooq.impl.DSL.currentInstant;

import dev.leaseport.adapters.persistence.system.SystemReason;
import dev.leaseport.adapters.persistence.system.SystemTier;
import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEvent;
import dev.leaseport.domain.payment.PaymentEventInbox;
import dev.leaseport.domain.shared.DomainException;
import dev.leaseport.domain.shared.UnavailableException;
import org.jooq.DSLContext;

/**
 * Exactly-once receipt of Stripe events across every server, in one system-tier transaction:
 *
 * <ol>
 *   <li>claim: insert the event id; the primary key lets one transaction have it, and a second
 *       delivery (concurrent or later, from any server) inserts nothing and does nothing;
 *   <li>apply: the handler registered for the type, which may decide the event is stale;
 *   <li>record the outcome, and commit all three together.
 * </ol>
 *
 * An effect that fails rolls the claim back too, so Stripe's next retry applies it.
 */
public final class StripeWebhookInbox implements PaymentEventInbox {
  private static final PaymentEventHandler UNKNOWN =
      new PaymentEventHandler() {
        @Override
        public String eventType() {
          return "*";
        }

        @Override
        public EventOutcome apply(DSLContext transaction, PaymentEvent event) {
          return EventOutcome.IGNORED_UNKNOWN;
        }
      };

  private final SystemTier system;
  private final PaymentEventHandlers handlers;
  private final PaymentEventListener listener;

  public StripeWebhookInbox(
      SystemTier system, PaymentEventHandlers handlers, PaymentEventListener listener) {
    this.system = system;
    this.handlers = handlers;
    this.listener = listener;
  }

  /**
   * @throws UnavailableException when the database cannot be reached (503: Stripe retries)
   * @throws PaymentEventNotApplied when the effect failed otherwise (500: Stripe retries)
   */
  @Override
  public EventOutcome receive(PaymentEvent event) {
    EventOutcome outcome;
    try {
      outcome =
          system.run(
              SystemReason.STRIPE_WEBHOOK,
              transaction -> {
                if (!claim(transaction, event)) {
                  return EventOutcome.DUPLICATE;
                }
                EventOutcome applied =
                    handlers.forType(event.type()).orElse(UNKNOWN).apply(transaction, event);
                record(transaction, event, applied);
                return applied;
              });
    } catch (UnavailableException e) {
      throw e;
    } catch (DomainException e) {
      throw new PaymentEventNotApplied(event, e);
    }
    listener.received(event.type(), outcome);
    return outcome;
  }

  private static boolean claim(DSLContext transaction, PaymentEvent event) {
    return transaction
            .insertInto(STRIPE_EVENTS)
            .set(STRIPE_EVENTS.ID, event.id())
            .set(STRIPE_EVENTS.TYPE, event.type())
            .set(STRIPE_EVENTS.ACCOUNT, event.account().orElse(null))
            .set(STRIPE_EVENTS.CREATED, event.created())
            .onConflictDoNothing()
            .execute()
        == 1;
  }

  private static void record(DSLContext transaction, PaymentEvent event, EventOutcome outcome) {
    transaction
        .update(STRIPE_EVENTS)
        .set(STRIPE_EVENTS.OUTCOME, outcome.name())
        .set(STRIPE_EVENTS.PROCESSED_AT, currentInstant())
        .where(STRIPE_EVENTS.ID.eq(event.id()))
        .execute();
  }
}
