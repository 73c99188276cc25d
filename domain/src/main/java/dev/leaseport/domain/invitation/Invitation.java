package dev.leaseport.domain.invitation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An invitation as its owner sees it; the token itself is never part of it. */
public record Invitation(
    UUID id,
    UUID tenantId,
    Optional<UUID> unitId,
    String email,
    InvitationState state,
    Instant expiresAt,
    Optional<UUID> acceptedBy,
    Optional<Instant> acceptedAt,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
