package dev.leaseport.domain.testdata;

import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.unit.NewUnit;
import dev.leaseport.domain.unit.UnitChanges;
import dev.leaseport.domain.unit.UnitStatus;
import java.util.UUID;

/** Valid new units and unit changes. */
public final class UnitTestData {
  private UnitTestData() {}

  public static NewUnit newUnit(UUID propertyId) {
    return newUnit(propertyId, "1A");
  }

  /** A vacant two-bedroom unit renting for 1,500.00 USD. */
  public static NewUnit newUnit(UUID propertyId, String unitNumber) {
    return new NewUnit(
        propertyId, unitNumber, 2, null, null, new Money(150_000, "usd"), UnitStatus.VACANT);
  }

  /** Changes only the unit number. */
  public static UnitChanges renumbered(String unitNumber) {
    return new UnitChanges(
        Change.to(unitNumber),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged());
  }
}
