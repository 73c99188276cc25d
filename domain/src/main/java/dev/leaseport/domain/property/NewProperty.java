package dev.leaseport.domain.property;

import static dev.leaseport.domain.property.PropertyFields.*;

import dev.leaseport.domain.shared.Violations;
import java.util.Optional;

/** A property to create; validates itself so an invalid one cannot exist. */
public record NewProperty(
    String name,
    Address address,
    PropertyType propertyType,
    PropertyStatus status,
    Optional<String> description) {

  public NewProperty {
    description = description == null ? Optional.empty() : description;
    Violations violations = new Violations().requireText(name, "name", NAME_MAX);
    violations.required(address, "address");
    if (address != null) {
      violations
          .requireText(address.line1(), "address.line1", LINE_MAX)
          .maxLength(address.line2().orElse(null), "address.line2", LINE_MAX)
          .requireText(address.city(), "address.city", CITY_MAX)
          .maxLength(address.region().orElse(null), "address.region", REGION_MAX)
          .maxLength(address.postalCode().orElse(null), "address.postalCode", POSTAL_CODE_MAX);
      checkCountry(violations, address.country());
    }
    violations
        .required(propertyType, "propertyType")
        .required(status, "status")
        .maxLength(description.orElse(null), "description", DESCRIPTION_MAX)
        .throwIfAny();
  }
}
