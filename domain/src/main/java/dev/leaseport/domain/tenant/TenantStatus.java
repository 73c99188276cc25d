package dev.leaseport.domain.tenant;

/** A tenant record in use, or archived once the renter has moved on (records are never deleted). */
public enum TenantStatus {
  ACTIVE,
  ARCHIVED
}
