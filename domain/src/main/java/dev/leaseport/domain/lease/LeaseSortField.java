package dev.leaseport.domain.lease;

/** The only fields a lease list may be sorted by. */
public enum LeaseSortField {
  START_DATE,
  END_DATE,
  CREATED_AT,
  RENT_AMOUNT
}
