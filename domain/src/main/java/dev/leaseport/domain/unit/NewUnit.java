package dev.leaseport.domain.unit;

import static dev.leaseport.domain.unit.UnitFields.*;

import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Violations;
import java.math.BigDecimal;
import java.util.UUID;

/** A unit to create in a property; optional numbers are {@code null} when unknown. */
public record NewUnit(
    UUID propertyId,
    String unitNumber,
    Integer bedrooms,
    BigDecimal bathrooms,
    Integer squareFeet,
    Money rentAmount,
    UnitStatus status) {

  public NewUnit {
    Violations v =
        new Violations()
            .required(propertyId, "propertyId")
            .requireText(unitNumber, "unitNumber", UNIT_NUMBER_MAX)
            .required(rentAmount, "rentAmount")
            .required(status, "status");
    checkBedrooms(v, bedrooms);
    checkBathrooms(v, bathrooms);
    checkSquareFeet(v, squareFeet);
    checkRent(v, rentAmount);
    v.throwIfAny();
  }
}
