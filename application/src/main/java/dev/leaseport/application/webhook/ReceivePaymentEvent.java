package dev.leaseport.application.webhook;

import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEventDetails;
import dev.leaseport.domain.payment.PaymentEventInbox;
import dev.leaseport.domain.payment.PaymentEventVerifier;
import dev.leaseport.domain.payment.WebhookEndpoint;
import dev.leaseport.domain.shared.UnavailableException;

/**
 * A delivery to one of the provider's webhook endpoints. There is no caller: the signature over the
 * exact bytes is the only proof of origin, so nothing is read or written before it verifies. An
 * event whose effect needs more than it carries is completed from the provider before the inbox's
 * transaction begins, so no transaction waits on the network.
 */
public final class ReceivePaymentEvent {
  private final PaymentEventVerifier verifier;
  private final PaymentEventDetails details;
  private final PaymentEventInbox inbox;

  public ReceivePaymentEvent(
      PaymentEventVerifier verifier, PaymentEventDetails details, PaymentEventInbox inbox) {
    this.verifier = verifier;
    this.details = details;
    this.inbox = inbox;
  }

  public EventOutcome execute(WebhookEndpoint endpoint, byte[] payload, String signatureHeader) {
    if (!verifier.accepts(endpoint)) {
      throw UnavailableException.paymentsNotConfigured();
    }
    return inbox.receive(details.complete(verifier.verify(endpoint, payload, signatureHeader)));
  }
}
