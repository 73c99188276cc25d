package dev.leaseport.domain.shared;

/** The payment provider declined the payment method; the payer may try another one. */
public final class PaymentDeclinedException extends DomainException {
  public PaymentDeclinedException(String detail) {
    super(ErrorKind.PAYMENT_DECLINED, "payment-failed", detail);
  }
}
