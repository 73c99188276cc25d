package dev.leaseport.adapters.rest.property;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.domain.property.Address;
import dev.leaseport.domain.property.NewProperty;
import dev.leaseport.domain.property.PropertyStatus;
import dev.leaseport.domain.property.PropertyType;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /properties}; the status defaults to ACTIVE. */
@Schema(
    name = "NewProperty",
    requiredProperties = {"name", "address", "propertyType"},
    example = ApiExamples.NEW_PROPERTY)
public record NewPropertyRequest(
    String name,
    AddressRequest address,
    PropertyType propertyType,
    PropertyStatus status,
    String description) {

  /** A postal address; {@code country} is ISO 3166-1 alpha-2, US when left out. */
  @Schema(
      name = "NewAddress",
      requiredProperties = {"line1", "city"})
  public record AddressRequest(
      String line1, String line2, String city, String region, String postalCode, String country) {

    Address toAddress() {
      return new Address(
          line1,
          Optional.ofNullable(line2),
          city,
          Optional.ofNullable(region),
          Optional.ofNullable(postalCode),
          // ISO 3166-1 codes are stored in upper case; "us" means US.
          country == null ? "US" : country.toUpperCase(Locale.ROOT));
    }
  }

  NewProperty toCommand() {
    return new NewProperty(
        name,
        address == null ? null : address.toAddress(),
        propertyType,
        status == null ? PropertyStatus.ACTIVE : status,
        Optional.ofNullable(description));
  }
}
