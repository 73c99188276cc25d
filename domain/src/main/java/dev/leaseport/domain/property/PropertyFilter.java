package dev.leaseport.domain.property;

import java.util.Optional;

/** Which properties a list shows; {@code text} searches name, address and city. */
public record PropertyFilter(
    Optional<PropertyStatus> status,
    Optional<PropertyType> propertyType,
    Optional<String> city,
    Optional<String> text) {

  public static PropertyFilter none() {
    return new PropertyFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
