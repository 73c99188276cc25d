package dev.leaseport.adapters.rest.property;

import dev.leaseport.adapters.rest.response.VersionedJson;
import dev.leaseport.domain.property.Property;
import java.time.Instant;
import java.util.UUID;

/** A property as JSON, with its unit counts. */
public record PropertyJson(
    UUID id,
    String name,
    AddressJson address,
    String propertyType,
    String status,
    String description,
    int unitCount,
    int occupiedCount,
    Instant createdAt,
    Instant updatedAt,
    long version)
    implements VersionedJson {

  /** The postal address; {@code country} is ISO 3166-1 alpha-2. */
  public record AddressJson(
      String line1, String line2, String city, String region, String postalCode, String country) {}

  static PropertyJson of(Property p) {
    var a = p.address();
    return new PropertyJson(
        p.id(),
        p.name(),
        new AddressJson(
            a.line1(),
            a.line2().orElse(null),
            a.city(),
            a.region().orElse(null),
            a.postalCode().orElse(null),
            a.country()),
        p.propertyType().name(),
        p.status().name(),
        p.description().orElse(null),
        p.unitCount(),
        p.occupiedCount(),
        p.createdAt(),
        p.updatedAt(),
        p.version());
  }
}
