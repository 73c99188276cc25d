package dev.leaseport.domain.property;

/** What kind of building a property is. */
public enum PropertyType {
  SINGLE_FAMILY,
  MULTI_FAMILY,
  APARTMENT,
  CONDO,
  TOWNHOUSE,
  COMMERCIAL,
  OTHER
}
