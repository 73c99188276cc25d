package dev.leaseport.domain.unit;

import static dev.leaseport.domain.unit.UnitFields.*;

import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Violations;
import java.math.BigDecimal;

/** A partial update of a unit; a unit never moves to another property. */
public record UnitChanges(
    Change<String> unitNumber,
    Change<Integer> bedrooms,
    Change<BigDecimal> bathrooms,
    Change<Integer> squareFeet,
    Change<Money> rentAmount,
    Change<UnitStatus> status) {

  public UnitChanges {
    Violations v = new Violations();
    v.check(!(unitNumber instanceof Change.Cleared), "unitNumber", "must not be null");
    unitNumber.newValue().ifPresent(value -> v.requireText(value, "unitNumber", UNIT_NUMBER_MAX));
    checkBedrooms(v, bedrooms.newValue().orElse(null));
    checkBathrooms(v, bathrooms.newValue().orElse(null));
    checkSquareFeet(v, squareFeet.newValue().orElse(null));
    v.check(!(rentAmount instanceof Change.Cleared), "rentAmount", "must not be null");
    checkRent(v, rentAmount.newValue().orElse(null));
    v.check(!(status instanceof Change.Cleared), "status", "must not be null");
    v.throwIfAny();
  }
}
