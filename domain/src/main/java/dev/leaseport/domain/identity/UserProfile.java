package dev.leaseport.domain.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The caller's own account as Leaseport stores it. */
public record UserProfile(
    UUID id,
    String email,
    Optional<String> fullName,
    Optional<String> phone,
    UserType userType,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
