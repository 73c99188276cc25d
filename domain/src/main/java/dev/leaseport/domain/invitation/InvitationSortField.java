package dev.leaseport.domain.invitation;

/** The only fields an invitation list may be sorted by. */
public enum InvitationSortField {
  CREATED_AT,
  EXPIRES_AT
}
