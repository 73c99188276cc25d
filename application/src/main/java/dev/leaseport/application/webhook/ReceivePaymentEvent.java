package dev.leaseport.application.webhook;

import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEventInbox;
import dev.leaseport.domain.payment.PaymentEventVerifier;
import dev.leaseport.domain.payment.WebhookEndpoint;
import dev.leaseport.domain.shared.UnavailableException;

/**
 * A delivery to one of the provider's webhook endpoints. There is no caller: the signature over the
 * exact bytes is the only proof of origin, so nothing is read or written before it verifies.
 */
public final class ReceivePaymentEvent {
  private final PaymentEventVerifier verifier;
  private final PaymentEventInbox inbox;

  public ReceivePaymentEvent(PaymentEventVerifier verifier, PaymentEventInbox inbox) {
    this.verifier = verifier;
    this.inbox = inbox;
  }

  public EventOutcome execute(WebhookEndpoint endpoint, byte[] payload, String signatureHeader) {
    if (!verifier.accepts(endpoint)) {
      throw UnavailableException.paymentsNotConfigured();
    }
    return inbox.receive(verifier.verify(endpoint, payload, signatureHeader));
  }
}
