package dev.leaseport.domain.unit;

/** The only fields a unit list may be sorted by. */
public enum UnitSortField {
  UNIT_NUMBER,
  CREATED_AT,
  RENT_AMOUNT,
  BEDROOMS
}
