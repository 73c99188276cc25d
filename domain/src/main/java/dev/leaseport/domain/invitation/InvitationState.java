package dev.leaseport.domain.invitation;

import java.time.Instant;

/** An invitation as its owner sees it: a pending invitation past its expiry is EXPIRED. */
public enum InvitationState {
  PENDING,
  ACCEPTED,
  REVOKED,
  EXPIRED;

  public static InvitationState of(InvitationStatus stored, Instant expiresAt, Instant now) {
    return switch (stored) {
      case PENDING -> expiresAt.isAfter(now) ? PENDING : EXPIRED;
      case ACCEPTED -> ACCEPTED;
      case REVOKED -> REVOKED;
    };
  }
}
