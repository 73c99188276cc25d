package dev.leaseport.domain.property;

import java.util.Optional;

/** A postal address; {@code country} is ISO 3166-1 alpha-2 in upper case. */
public record Address(
    String line1,
    Optional<String> line2,
    String city,
    Optional<String> region,
    Optional<String> postalCode,
    String country) {

  /** Absent optional parts may be given as {@code null}; they become empty. */
  public Address {
    line2 = line2 == null ? Optional.empty() : line2;
    region = region == null ? Optional.empty() : region;
    postalCode = postalCode == null ? Optional.empty() : postalCode;
  }
}
