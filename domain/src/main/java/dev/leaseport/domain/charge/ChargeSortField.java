package dev.leaseport.domain.charge;

/** The only fields a charge list may be sorted by. */
public enum ChargeSortField {
  DUE_DATE,
  CREATED_AT,
  AMOUNT
}
