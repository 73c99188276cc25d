package dev.leaseport.adapters.persistence.webhooks;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Routines.applyPaymentIntentEvent;

import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEvent;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/**
 * {@code payment_intent.processing | succeeded | payment_failed | canceled}: a rent payment moves
 * forward, and its charge's pending and paid amounts with it. One call of {@code
 * apply_payment_intent_event} locks the charge and the payment, ignores older events and never
 * moves a payment back (a failure after success changes nothing); it notifies the payer and, for a
 * success or a bank debit failing after it was pending, the owner.
 */
public final class PaymentIntentEventHandler implements PaymentEventHandler {
  static final List<String> TYPES =
      List.of(
          "payment_intent.processing",
          "payment_intent.succeeded",
          "payment_intent.payment_failed",
          "payment_intent.canceled");

  private final String type;

  private PaymentIntentEventHandler(String type) {
    this.type = type;
  }

  public static List<PaymentEventHandler> all() {
    return TYPES.stream().<PaymentEventHandler>map(PaymentIntentEventHandler::new).toList();
  }

  @Override
  public String eventType() {
    return type;
  }

  @Override
  public EventOutcome apply(DSLContext transaction, PaymentEvent event) {
    String outcome =
        transaction
            .select(
                applyPaymentIntentEvent(type, JSONB.valueOf(event.objectJson()), event.created()))
            .fetchSingle()
            .value1();
    return EventOutcome.valueOf(outcome);
  }

  @Override
  public String toString() {
    return "PaymentIntentEventHandler[" + type + "]";
  }
}
