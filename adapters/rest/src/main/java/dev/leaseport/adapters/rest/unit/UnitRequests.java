package dev.leaseport.adapters.rest.unit;

import dev.leaseport.adapters.rest.request.JsonBody;
import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.unit.NewUnit;
import dev.leaseport.domain.unit.UnitChanges;
import dev.leaseport.domain.unit.UnitFilter;
import dev.leaseport.domain.unit.UnitSortField;
import dev.leaseport.domain.unit.UnitStatus;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** Reads unit request bodies and list filters. */
final class UnitRequests {
  static final Map<String, UnitSortField> SORTS =
      Map.of(
          "unitNumber", UnitSortField.UNIT_NUMBER,
          "createdAt", UnitSortField.CREATED_AT,
          "rentAmount", UnitSortField.RENT_AMOUNT,
          "bedrooms", UnitSortField.BEDROOMS);

  private UnitRequests() {}

  static NewUnit newUnit(UUID propertyId, String raw) {
    JsonBody body = JsonBody.parse(raw);
    Change<String> unitNumber = body.string("unitNumber");
    Change<Integer> bedrooms = body.integer("bedrooms");
    Change<BigDecimal> bathrooms = body.decimal("bathrooms");
    Change<Integer> squareFeet = body.integer("squareFeet");
    Change<Money> rent = MoneyJson.read(body, "rentAmount");
    Change<UnitStatus> status = body.enumeration("status", UnitStatus.class);
    body.finish();
    return new NewUnit(
        propertyId,
        unitNumber.newValue().orElse(null),
        bedrooms.newValue().orElse(null),
        bathrooms.newValue().orElse(null),
        squareFeet.newValue().orElse(null),
        rent.newValue().orElse(null),
        status.newValue().orElse(UnitStatus.VACANT));
  }

  static UnitChanges changes(String raw) {
    JsonBody body = JsonBody.parse(raw);
    Change<String> unitNumber = body.string("unitNumber");
    Change<Integer> bedrooms = body.integer("bedrooms");
    Change<BigDecimal> bathrooms = body.decimal("bathrooms");
    Change<Integer> squareFeet = body.integer("squareFeet");
    Change<Money> rent = MoneyJson.read(body, "rentAmount");
    Change<UnitStatus> status = body.enumeration("status", UnitStatus.class);
    body.finish();
    return new UnitChanges(unitNumber, bedrooms, bathrooms, squareFeet, rent, status);
  }

  static UnitFilter filter(String propertyId, String status, String minBedrooms, String maxRent) {
    return new UnitFilter(
        ListParameters.uuid("propertyId", propertyId),
        ListParameters.enumeration("status", status, UnitStatus.class),
        ListParameters.optionalInt("minBedrooms", minBedrooms),
        ListParameters.optionalLong("maxRent", maxRent));
  }
}
