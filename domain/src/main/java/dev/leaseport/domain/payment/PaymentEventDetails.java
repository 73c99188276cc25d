package dev.leaseport.domain.payment;

/**
 * Completes an event with what its effect needs and the provider's event does not carry, read from
 * the provider before the event is applied (outside any transaction): a {@code
 * setup_intent.succeeded} names its payment method by id only, and recording the method needs its
 * kind, brand and last digits as they are now. Other events pass through unchanged.
 */
public interface PaymentEventDetails {

  PaymentEvent complete(PaymentEvent event);

  /** Completes nothing: for a server without a payment provider. */
  static PaymentEventDetails none() {
    return event -> event;
  }
}
