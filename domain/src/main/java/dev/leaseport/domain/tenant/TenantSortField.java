package dev.leaseport.domain.tenant;

/** The only fields a tenant list may be sorted by. */
public enum TenantSortField {
  LAST_NAME,
  EMAIL,
  CREATED_AT
}
