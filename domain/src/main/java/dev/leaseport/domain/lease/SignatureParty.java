package dev.leaseport.domain.lease;

/** Who signed: the lease's owner, or a renter for a tenant record on the lease. */
public enum SignatureParty {
  OWNER,
  TENANT
}
