package dev.leaseport.domain.payment;

/** The fields recorded events may be sorted by. */
public enum PaymentEventSortField {
  RECEIVED_AT,
  CREATED
}
