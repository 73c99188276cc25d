package dev.leaseport.domain.maintenance;

import java.util.Optional;
import java.util.UUID;

/**
 * The unit a request is about, with its property: the number and names are empty when the caller
 * may no longer read the unit (a renter whose lease has ended still sees what they filed).
 */
public record MaintenanceUnit(
    UUID id,
    Optional<String> unitNumber,
    Optional<UUID> propertyId,
    Optional<String> propertyName) {}
