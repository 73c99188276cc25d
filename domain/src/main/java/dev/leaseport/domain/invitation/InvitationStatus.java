package dev.leaseport.domain.invitation;

/**
 * What is stored of an invitation's life; expiry is not stored but derived (see InvitationState).
 */
public enum InvitationStatus {
  PENDING,
  ACCEPTED,
  REVOKED
}
