package dev.leaseport.application.fakes;

import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.property.Address;
import dev.leaseport.domain.property.NewProperty;
import dev.leaseport.domain.property.PropertyStatus;
import dev.leaseport.domain.property.PropertyType;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.unit.NewUnit;
import dev.leaseport.domain.unit.UnitStatus;
import java.util.Optional;
import java.util.UUID;

/** Valid sample callers and commands. */
public final class Examples {
  private Examples() {}

  public static Caller owner() {
    return new Caller(UUID.randomUUID(), "owner@example.com", true, UserType.OWNER);
  }

  public static Caller tenant() {
    return new Caller(UUID.randomUUID(), "tenant@example.com", true, UserType.TENANT);
  }

  public static NewProperty newProperty() {
    return new NewProperty(
        "Maple Court",
        new Address(
            "1 Main St", Optional.empty(), "Springfield", Optional.empty(), Optional.empty(), "US"),
        PropertyType.APARTMENT,
        PropertyStatus.ACTIVE,
        Optional.empty());
  }

  public static NewUnit newUnit(UUID propertyId) {
    return new NewUnit(
        propertyId, "1A", 2, null, null, new Money(150_000, "usd"), UnitStatus.VACANT);
  }
}
