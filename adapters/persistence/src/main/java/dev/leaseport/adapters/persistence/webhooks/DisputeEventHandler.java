package dev.leaseport.adapters.persistence.webhooks;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Routines.applyDisputeEvent;

import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEvent;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/**
 * {@code charge.dispute.created | closed}: a disputed rent payment is DISPUTED and its charge
 * reopens by the disputed amount until the bank decides; won gives it back, lost keeps it open. The
 * owner is notified each time. One call of {@code apply_dispute_event}.
 */
public final class DisputeEventHandler implements PaymentEventHandler {
  static final List<String> TYPES = List.of("charge.dispute.created", "charge.dispute.closed");

  private final String type;

  private DisputeEventHandler(String type) {
    this.type = type;
  }

  public static List<PaymentEventHandler> all() {
    return TYPES.stream().<PaymentEventHandler>map(DisputeEventHandler::new).toList();
  }

  @Override
  public String eventType() {
    return type;
  }

  @Override
  public EventOutcome apply(DSLContext transaction, PaymentEvent event) {
    String outcome =
        transaction
            .select(applyDisputeEvent(type, JSONB.valueOf(event.objectJson()), event.created()))
            .fetchSingle()
            .value1();
    return EventOutcome.valueOf(outcome);
  }

  @Override
  public String toString() {
    return "DisputeEventHandler[" + type + "]";
  }
}
