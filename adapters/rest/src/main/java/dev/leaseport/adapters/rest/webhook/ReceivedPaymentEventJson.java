package dev.leaseport.adapters.rest.webhook;

import dev.leaseport.domain.payment.ReceivedPaymentEvent;
import java.time.Instant;

/** A received Stripe event as the inbox recorded it; {@code account} only for Connect events. */
public record ReceivedPaymentEventJson(
    String id,
    String type,
    String account,
    Instant created,
    Instant receivedAt,
    Instant processedAt,
    String outcome) {

  static ReceivedPaymentEventJson of(ReceivedPaymentEvent e) {
    return new ReceivedPaymentEventJson(
        e.id(),
        e.type(),
        e.account().orElse(null),
        e.created(),
        e.receivedAt(),
        e.processedAt(),
        e.outcome().name());
  }
}
