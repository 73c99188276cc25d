package dev.leaseport.domain.lease;

/** A tenant's place on a lease: exactly one PRIMARY, whose signature activates it. */
public enum LeaseTenantRole {
  PRIMARY,
  CO_TENANT
}
