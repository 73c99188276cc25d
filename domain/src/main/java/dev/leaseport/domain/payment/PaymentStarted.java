package dev.leaseport.domain.payment;

/** A payment just started, and the secret the payer's browser confirms it with (shown once). */
public record PaymentStarted(Payment payment, String clientSecret) {
  @Override
  public String toString() {
    return "PaymentStarted[payment=" + payment.id() + "]";
  }
}
