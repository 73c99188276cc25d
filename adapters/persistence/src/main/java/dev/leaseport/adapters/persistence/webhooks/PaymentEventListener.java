package dev.leaseport.adapters.persistence.webhooks;

import dev.leaseport.domain.payment.EventOutcome;

/** Told of every event received after its transaction ends, so outcomes can be counted by type. */
@FunctionalInterface
public interface PaymentEventListener {
  void received(String type, EventOutcome outcome);
}
