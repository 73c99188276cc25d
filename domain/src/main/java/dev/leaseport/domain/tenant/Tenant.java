package dev.leaseport.domain.tenant;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An owner's record of a renter. {@code userId} is the renter's user once they accepted an
 * invitation; nothing else ever sets it.
 */
public record Tenant(
    UUID id,
    UUID ownerId,
    String firstName,
    String lastName,
    String email,
    Optional<String> phone,
    Optional<String> emergencyContactName,
    Optional<String> emergencyContactPhone,
    Optional<String> notes,
    Optional<UUID> userId,
    TenantStatus status,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
