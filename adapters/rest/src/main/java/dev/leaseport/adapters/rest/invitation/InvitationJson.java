package dev.leaseport.adapters.rest.invitation;

import dev.leaseport.adapters.rest.response.VersionedJson;
import dev.leaseport.domain.invitation.Invitation;
import java.time.Instant;
import java.util.UUID;

/** An invitation as its owner sees it; {@code status} is EXPIRED for a pending one past expiry. */
public record InvitationJson(
    UUID id,
    UUID tenantId,
    UUID unitId,
    String email,
    String status,
    Instant expiresAt,
    UUID acceptedBy,
    Instant acceptedAt,
    Instant createdAt,
    Instant updatedAt,
    long version)
    implements VersionedJson {

  static InvitationJson of(Invitation i) {
    return new InvitationJson(
        i.id(),
        i.tenantId(),
        i.unitId().orElse(null),
        i.email(),
        i.state().name(),
        i.expiresAt(),
        i.acceptedBy().orElse(null),
        i.acceptedAt().orElse(null),
        i.createdAt(),
        i.updatedAt(),
        i.version());
  }
}
