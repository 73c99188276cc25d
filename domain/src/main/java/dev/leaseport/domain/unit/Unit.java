package dev.leaseport.domain.unit;

import dev.leaseport.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** A rentable unit of a property; its rent is the asking rent, leases carry their own. */
public record Unit(
    UUID id,
    UUID ownerId,
    UUID propertyId,
    String unitNumber,
    OptionalInt bedrooms,
    Optional<BigDecimal> bathrooms,
    OptionalInt squareFeet,
    Money rentAmount,
    UnitStatus status,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
