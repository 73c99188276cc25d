package dev.leaseport.domain.payment;

/** Proves that a delivery comes from the payment provider, and reads the event it carries. */
public interface PaymentEventVerifier {

  /** False when the endpoint's signing secret is not configured: deliveries then fail with 503. */
  boolean accepts(WebhookEndpoint endpoint);

  /**
   * Verifies the signature over the exact bytes received, within the provider's tolerance.
   *
   * @throws dev.leaseport.domain.shared.MalformedRequestException for a bad or stale signature, a
   *     wrong endpoint's secret, or a body that is not an event
   */
  PaymentEvent verify(WebhookEndpoint endpoint, byte[] payload, String signatureHeader);
}
