package dev.leaseport.domain.property;

/** An archived property stays for its history but takes no new leases. */
public enum PropertyStatus {
  ACTIVE,
  ARCHIVED
}
