package dev.leaseport.domain.payment;

/** What a payment list may be sorted by. */
public enum PaymentSortField {
  CREATED_AT,
  AMOUNT
}
