package dev.leaseport.domain.payment;

import java.util.Objects;

/**
 * A payment the provider has accepted to collect.
 *
 * @param intentId the provider's payment intent
 * @param clientSecret what the payer's browser confirms the payment with; never stored
 * @param status where the provider says it is now (a confirmed bank debit is already PROCESSING)
 */
public record StartedRentPayment(String intentId, String clientSecret, PaymentStatus status) {
  public StartedRentPayment {
    Objects.requireNonNull(intentId, "intentId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(status, "status");
  }

  @Override
  public String toString() {
    return "StartedRentPayment[intentId=" + intentId + ", status=" + status + "]";
  }
}
