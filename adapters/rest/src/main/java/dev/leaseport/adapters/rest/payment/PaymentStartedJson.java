package dev.leaseport.adapters.rest.payment;

import dev.leaseport.adapters.rest.response.VersionedJson;
import dev.leaseport.domain.payment.PaymentStarted;
import java.util.UUID;

/**
 * The answer to paying a charge: the PENDING payment and the client secret Stripe.js confirms it
 * with (by card, or by US bank account with the mandate), shown this once.
 */
public record PaymentStartedJson(PaymentJson payment, String clientSecret)
    implements VersionedJson {

  static PaymentStartedJson of(PaymentStarted started) {
    return new PaymentStartedJson(PaymentJson.of(started.payment()), started.clientSecret());
  }

  @Override
  public UUID id() {
    return payment.id();
  }

  @Override
  public long version() {
    return payment.version();
  }
}
