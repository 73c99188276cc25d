package dev.leaseport.domain.payment;

/** Why an owner gives rent back, in the payment provider's own terms. */
public enum RefundReason {
  REQUESTED_BY_CUSTOMER,
  DUPLICATE,
  FRAUDULENT
}
