package dev.leaseport.domain.property;

/** The only fields a property list may be sorted by. */
public enum PropertySortField {
  NAME,
  CREATED_AT,
  CITY
}
