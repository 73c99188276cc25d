package dev.leaseport.domain.unit;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

/** Which units a list shows; {@code maxRent} is in minor units. */
public record UnitFilter(
    Optional<UUID> propertyId,
    Optional<UnitStatus> status,
    OptionalInt minBedrooms,
    OptionalLong maxRent) {

  public static UnitFilter ofProperty(UUID propertyId) {
    return new UnitFilter(
        Optional.of(propertyId), Optional.empty(), OptionalInt.empty(), OptionalLong.empty());
  }

  public UnitFilter withProperty(UUID id) {
    return new UnitFilter(Optional.of(id), status, minBedrooms, maxRent);
  }
}
