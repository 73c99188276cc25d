package dev.leaseport.adapters.rest.invitation;

import dev.leaseport.domain.invitation.AcceptedInvitation;
import java.time.Instant;
import java.util.UUID;

/** What a renter learns on accepting: the ids they are now linked to, and when. */
public record AcceptedInvitationJson(
    UUID invitationId, UUID tenantId, UUID unitId, Instant acceptedAt) {

  static AcceptedInvitationJson of(AcceptedInvitation a) {
    return new AcceptedInvitationJson(
        a.invitationId(), a.tenantId(), a.unitId().orElse(null), a.acceptedAt());
  }
}
