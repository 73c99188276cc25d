package dev.leaseport.domain.payment;

/**
 * Receives each verified event exactly once across every server: claims its id, applies its effect
 * and records the outcome together, or not at all (an effect that fails leaves no trace, so the
 * provider's retry applies it later).
 */
public interface PaymentEventInbox {

  EventOutcome receive(PaymentEvent event);
}
