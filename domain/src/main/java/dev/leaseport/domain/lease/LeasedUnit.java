package dev.leaseport.domain.lease;

import java.util.Optional;
import java.util.UUID;

/**
 * The unit a lease lets and a summary of its property: what a renter may see of them. Empty fields
 * are rows the caller may not read.
 */
public record LeasedUnit(
    UUID id,
    Optional<String> unitNumber,
    Optional<UUID> propertyId,
    Optional<String> propertyName) {}
