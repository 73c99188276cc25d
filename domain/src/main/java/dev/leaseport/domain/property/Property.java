package dev.leaseport.domain.property;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A building or lot an owner manages, with the counts of its units. */
public record Property(
    UUID id,
    UUID ownerId,
    String name,
    Address address,
    PropertyType propertyType,
    PropertyStatus status,
    Optional<String> description,
    int unitCount,
    int occupiedCount,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
