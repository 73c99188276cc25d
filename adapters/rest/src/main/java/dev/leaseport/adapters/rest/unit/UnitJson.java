package dev.leaseport.adapters.rest.unit;

import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.adapters.rest.response.VersionedJson;
import dev.leaseport.domain.unit.Unit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A unit as JSON; the rent is the unit's asking rent in minor units. */
public record UnitJson(
    UUID id,
    UUID propertyId,
    String unitNumber,
    Integer bedrooms,
    BigDecimal bathrooms,
    Integer squareFeet,
    MoneyJson rentAmount,
    String status,
    Instant createdAt,
    Instant updatedAt,
    long version)
    implements VersionedJson {

  static UnitJson of(Unit u) {
    return new UnitJson(
        u.id(),
        u.propertyId(),
        u.unitNumber(),
        u.bedrooms().isPresent() ? u.bedrooms().getAsInt() : null,
        u.bathrooms().orElse(null),
        u.squareFeet().isPresent() ? u.squareFeet().getAsInt() : null,
        MoneyJson.of(u.rentAmount()),
        u.status().name(),
        u.createdAt(),
        u.updatedAt(),
        u.version());
  }
}
