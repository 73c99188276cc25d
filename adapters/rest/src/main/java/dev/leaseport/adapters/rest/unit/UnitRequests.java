package dev.leaseport.adapters.rest.unit;

import dev.leaseport.adapters.rest.request.JsonBody;
import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.unit.NewUnit;
import dev.leaseport.domain.unit.UnitChanges;
import dev.leaseport.domain.unit.UnitFields;
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
    Fields f = Fields.read(raw);
    return new NewUnit(
        propertyId,
        f.unitNumber.newValue().orElse(null),
        f.bedrooms.newValue().orElse(null),
        f.bathrooms.newValue().orElse(null),
        f.squareFeet.newValue().orElse(null),
        f.rent.newValue().orElse(null),
        f.status.newValue().orElse(UnitStatus.VACANT));
  }

  static UnitChanges changes(String raw) {
    Fields f = Fields.read(raw);
    return new UnitChanges(f.unitNumber, f.bedrooms, f.bathrooms, f.squareFeet, f.rent, f.status);
  }

  /** Every field a unit body may carry, read strictly once. */
  private record Fields(
      Change<String> unitNumber,
      Change<Integer> bedrooms,
      Change<BigDecimal> bathrooms,
      Change<Integer> squareFeet,
      Change<Money> rent,
      Change<UnitStatus> status) {

    static Fields read(String raw) {
      JsonBody body = JsonBody.parse(raw);
      Fields fields =
          new Fields(
              body.string("unitNumber"),
              body.integer("bedrooms"),
              body.decimal("bathrooms"),
              body.integer("squareFeet"),
              MoneyJson.read(body, "rentAmount"),
              body.enumeration("status", UnitStatus.class));
      body.finish();
      return fields;
    }
  }

  static UnitFilter filter(String propertyId, String status, String minBedrooms, String maxRent) {
    return new UnitFilter(
        ListParameters.uuid("propertyId", propertyId),
        ListParameters.enumeration("status", status, UnitStatus.class),
        ListParameters.optionalInt(
            "minBedrooms", minBedrooms, UnitFields.BEDROOMS_MIN, UnitFields.BEDROOMS_MAX),
        // Any amount a rent can be, and 0: a filter that matches nothing is still a question.
        ListParameters.optionalLong("maxRent", maxRent, 0, UnitFields.RENT_MAX));
  }
}
