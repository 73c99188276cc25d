package dev.leaseport.adapters.rest.property;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.domain.property.PropertyChanges;
import dev.leaseport.domain.property.PropertyStatus;
import dev.leaseport.domain.property.PropertyType;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.ValidationException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PATCH /properties/{id}}: absent fields stay, null clears an optional one. */
@Schema(name = "PropertyPatch", example = ApiExamples.PROPERTY_PATCH)
public record PropertyPatchRequest(
    @Schema(implementation = String.class) Change<String> name,
    @Schema(implementation = AddressPatch.class) Change<AddressPatch> address,
    @Schema(implementation = PropertyType.class) Change<PropertyType> propertyType,
    @Schema(implementation = PropertyStatus.class) Change<PropertyStatus> status,
    @Schema(implementation = String.class, nullable = true) Change<String> description) {

  /** The parts of the address to change; the address itself cannot be removed. */
  @Schema(name = "AddressPatch")
  public record AddressPatch(
      @Schema(implementation = String.class) Change<String> line1,
      @Schema(implementation = String.class, nullable = true) Change<String> line2,
      @Schema(implementation = String.class) Change<String> city,
      @Schema(implementation = String.class, nullable = true) Change<String> region,
      @Schema(implementation = String.class, nullable = true) Change<String> postalCode,
      @Schema(implementation = String.class) Change<String> country) {

    static final AddressPatch NONE =
        new AddressPatch(
            Change.unchanged(),
            Change.unchanged(),
            Change.unchanged(),
            Change.unchanged(),
            Change.unchanged(),
            Change.unchanged());
  }

  PropertyChanges toChanges() {
    if (address instanceof Change.Cleared) {
      throw ValidationException.of("address", "must not be null");
    }
    AddressPatch a = address.newValue().orElse(AddressPatch.NONE);
    return new PropertyChanges(
        name,
        a.line1,
        a.line2,
        a.city,
        a.region,
        a.postalCode,
        // ISO 3166-1 codes are stored in upper case; "us" means US.
        a.country.map(c -> c.toUpperCase(Locale.ROOT)),
        propertyType,
        status,
        description);
  }
}
