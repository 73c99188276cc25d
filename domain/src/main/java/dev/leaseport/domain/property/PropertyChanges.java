package dev.leaseport.domain.property;

import static dev.leaseport.domain.property.PropertyFields.*;

import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Violations;

/** A partial update of a property; required fields may change but not be cleared. */
public record PropertyChanges(
    Change<String> name,
    Change<String> addressLine1,
    Change<String> addressLine2,
    Change<String> city,
    Change<String> region,
    Change<String> postalCode,
    Change<String> country,
    Change<PropertyType> propertyType,
    Change<PropertyStatus> status,
    Change<String> description) {

  public PropertyChanges {
    Violations violations = new Violations();
    required(violations, name, "name", NAME_MAX);
    required(violations, addressLine1, "address.line1", LINE_MAX);
    optional(violations, addressLine2, "address.line2", LINE_MAX);
    required(violations, city, "address.city", CITY_MAX);
    optional(violations, region, "address.region", REGION_MAX);
    optional(violations, postalCode, "address.postalCode", POSTAL_CODE_MAX);
    violations.check(!(country instanceof Change.Cleared), "address.country", "must not be null");
    country.newValue().ifPresent(value -> checkCountry(violations, value));
    violations
        .check(!(propertyType instanceof Change.Cleared), "propertyType", "must not be null")
        .check(!(status instanceof Change.Cleared), "status", "must not be null");
    optional(violations, description, "description", DESCRIPTION_MAX);
    violations.throwIfAny();
  }

  /** Only the status changes, as when a property is archived. */
  public static PropertyChanges status(PropertyStatus status) {
    return new PropertyChanges(
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.to(status),
        Change.unchanged());
  }

  private static void required(Violations v, Change<String> change, String field, int max) {
    v.check(!(change instanceof Change.Cleared), field, "must not be null");
    change.newValue().ifPresent(value -> v.requireText(value, field, max));
  }

  private static void optional(Violations v, Change<String> change, String field, int max) {
    change.newValue().ifPresent(value -> v.maxLength(value, field, max));
  }
}
