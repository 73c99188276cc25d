package dev.leaseport.domain.invitation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** What acceptance tells the renter: the ids it linked them to, nothing else of the owner's. */
public record AcceptedInvitation(
    UUID invitationId, UUID tenantId, Optional<UUID> unitId, Instant acceptedAt) {}
