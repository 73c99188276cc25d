package dev.leaseport.adapters.rest.property;

import dev.leaseport.adapters.rest.request.JsonBody;
import dev.leaseport.domain.property.Address;
import dev.leaseport.domain.property.NewProperty;
import dev.leaseport.domain.property.PropertyChanges;
import dev.leaseport.domain.property.PropertyStatus;
import dev.leaseport.domain.property.PropertyType;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.ValidationException;
import java.util.Locale;

/** Reads property request bodies into domain commands. */
final class PropertyRequests {
  private PropertyRequests() {}

  static NewProperty newProperty(String raw) {
    Fields f = Fields.read(raw);
    AddressFields a = f.address;
    return new NewProperty(
        f.name.newValue().orElse(null),
        f.addressObject.newValue().isEmpty()
            ? null
            : new Address(
                a.line1.newValue().orElse(null),
                a.line2.newValue(),
                a.city.newValue().orElse(null),
                a.region.newValue(),
                a.postalCode.newValue(),
                a.country.newValue().orElse("US")),
        f.type.newValue().orElse(null),
        f.status.newValue().orElse(PropertyStatus.ACTIVE),
        f.description.newValue());
  }

  static PropertyChanges changes(String raw) {
    Fields f = Fields.read(raw);
    if (f.addressObject instanceof Change.Cleared) {
      throw ValidationException.of("address", "must not be null");
    }
    AddressFields a = f.address;
    return new PropertyChanges(
        f.name,
        a.line1,
        a.line2,
        a.city,
        a.region,
        a.postalCode,
        a.country,
        f.type,
        f.status,
        f.description);
  }

  /** Every field a property body may carry, read strictly once. */
  private record Fields(
      Change<String> name,
      Change<JsonBody> addressObject,
      AddressFields address,
      Change<PropertyType> type,
      Change<PropertyStatus> status,
      Change<String> description) {

    static Fields read(String raw) {
      JsonBody body = JsonBody.parse(raw);
      Change<String> name = body.string("name");
      Change<JsonBody> address = body.object("address");
      Fields fields =
          new Fields(
              name,
              address,
              AddressFields.read(address),
              body.enumeration("propertyType", PropertyType.class),
              body.enumeration("status", PropertyStatus.class),
              body.string("description"));
      body.finish();
      return fields;
    }
  }

  /** The fields of the nested address object; all unchanged when the object is absent. */
  private record AddressFields(
      Change<String> line1,
      Change<String> line2,
      Change<String> city,
      Change<String> region,
      Change<String> postalCode,
      Change<String> country) {

    static AddressFields read(Change<JsonBody> address) {
      if (!(address instanceof Change.SetTo<JsonBody> set)) {
        return new AddressFields(
            Change.unchanged(),
            Change.unchanged(),
            Change.unchanged(),
            Change.unchanged(),
            Change.unchanged(),
            Change.unchanged());
      }
      JsonBody a = set.value();
      AddressFields fields =
          new AddressFields(
              a.string("line1"),
              a.string("line2"),
              a.string("city"),
              a.string("region"),
              a.string("postalCode"),
              // ISO 3166-1 codes are stored in upper case; "us" means US.
              a.string("country").map(c -> c.toUpperCase(Locale.ROOT)));
      a.finishNested();
      return fields;
    }
  }
}
