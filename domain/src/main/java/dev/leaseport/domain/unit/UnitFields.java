package dev.leaseport.domain.unit;

import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Violations;
import java.math.BigDecimal;

/**
 * The rules every written unit field obeys, shared by create and update. The ranges are public so
 * that list filters on the same fields accept exactly the values a unit can have.
 */
public final class UnitFields {
  static final int UNIT_NUMBER_MAX = 50;
  public static final int BEDROOMS_MIN = 0;
  public static final int BEDROOMS_MAX = 100;
  static final BigDecimal BATHROOMS_MAX = BigDecimal.valueOf(100);
  static final int SQUARE_FEET_MAX = 10_000_000;

  /** A unit is let for money: a rent of nothing is a mistake, not a price. */
  public static final long RENT_MIN = 1;

  public static final long RENT_MAX = 100_000_000_00L;

  private UnitFields() {}

  static void checkBedrooms(Violations v, Integer bedrooms) {
    if (bedrooms != null) {
      v.check(
          bedrooms >= BEDROOMS_MIN && bedrooms <= BEDROOMS_MAX,
          "bedrooms",
          "must be between " + BEDROOMS_MIN + " and " + BEDROOMS_MAX);
    }
  }

  static void checkBathrooms(Violations v, BigDecimal bathrooms) {
    if (bathrooms != null) {
      boolean halfSteps =
          bathrooms.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
      v.check(
          bathrooms.signum() >= 0 && bathrooms.compareTo(BATHROOMS_MAX) <= 0 && halfSteps,
          "bathrooms",
          "must be between 0 and 100 in steps of 0.5");
    }
  }

  static void checkSquareFeet(Violations v, Integer squareFeet) {
    if (squareFeet != null) {
      v.check(
          squareFeet > 0 && squareFeet <= SQUARE_FEET_MAX,
          "squareFeet",
          "must be between 1 and " + SQUARE_FEET_MAX);
    }
  }

  static void checkRent(Violations v, Money rent) {
    if (rent != null) {
      v.check(
          rent.amount() >= RENT_MIN && rent.amount() <= RENT_MAX,
          "rentAmount.amount",
          "must be between " + RENT_MIN + " and " + RENT_MAX + " minor units");
    }
  }
}
