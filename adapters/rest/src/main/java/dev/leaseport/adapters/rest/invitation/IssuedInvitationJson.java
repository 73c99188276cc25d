package dev.leaseport.adapters.rest.invitation;

import dev.leaseport.adapters.rest.response.VersionedJson;
import dev.leaseport.domain.invitation.Invitation;
import dev.leaseport.domain.invitation.IssuedInvitation;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * A new invitation with its {@code token} and {@code acceptUrl}: the one answer that carries them.
 * The server keeps only the token's hash, so it cannot show them again.
 */
public record IssuedInvitationJson(
    UUID id,
    UUID tenantId,
    UUID unitId,
    String email,
    String status,
    Instant expiresAt,
    Instant createdAt,
    Instant updatedAt,
    long version,
    String token,
    URI acceptUrl)
    implements VersionedJson {

  static IssuedInvitationJson of(IssuedInvitation issued, InvitationLinks links) {
    Invitation i = issued.invitation();
    return new IssuedInvitationJson(
        i.id(),
        i.tenantId(),
        i.unitId().orElse(null),
        i.email(),
        i.state().name(),
        i.expiresAt(),
        i.createdAt(),
        i.updatedAt(),
        i.version(),
        issued.token().value(),
        links.acceptUrl(issued.token()));
  }
}
