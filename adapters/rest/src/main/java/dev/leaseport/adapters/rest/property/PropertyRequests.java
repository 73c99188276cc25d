package dev.leaseport.adapters.rest.property;

import dev.leaseport.adapters.rest.request.JsonBody;
import dev.leaseport.domain.property.Address;
import dev.leaseport.domain.property.NewProperty;
import dev.leaseport.domain.property.PropertyChanges;
import dev.leaseport.domain.property.PropertyStatus;
import dev.leaseport.domain.property.PropertyType;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.ValidationException;

/** Reads property request bodies into domain commands. */
final class PropertyRequests {
  private PropertyRequests() {}

  static NewProperty newProperty(String raw) {
    JsonBody body = JsonBody.parse(raw);
    Change<String> name = body.string("name");
    Change<JsonBody> address = body.object("address");
    Change<PropertyType> type = body.enumeration("propertyType", PropertyType.class);
    Change<PropertyStatus> status = body.enumeration("status", PropertyStatus.class);
    Change<String> description = body.string("description");
    AddressFields fields = AddressFields.read(address);
    body.finish();
    return new NewProperty(
        name.newValue().orElse(null),
        address.newValue().isEmpty()
            ? null
            : new Address(
                fields.line1.newValue().orElse(null),
                fields.line2.newValue(),
                fields.city.newValue().orElse(null),
                fields.region.newValue(),
                fields.postalCode.newValue(),
                fields.country.newValue().orElse("US")),
        type.newValue().orElse(null),
        status.newValue().orElse(PropertyStatus.ACTIVE),
        description.newValue());
  }

  static PropertyChanges changes(String raw) {
    JsonBody body = JsonBody.parse(raw);
    Change<String> name = body.string("name");
    Change<JsonBody> address = body.object("address");
    Change<PropertyType> type = body.enumeration("propertyType", PropertyType.class);
    Change<PropertyStatus> status = body.enumeration("status", PropertyStatus.class);
    Change<String> description = body.string("description");
    AddressFields fields = AddressFields.read(address);
    body.finish();
    if (address instanceof Change.Cleared) {
      throw ValidationException.of("address", "must not be null");
    }
    return new PropertyChanges(
        name,
        fields.line1,
        fields.line2,
        fields.city,
        fields.region,
        fields.postalCode,
        fields.country,
        type,
        status,
        description);
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
            Change.unchanged(), Change.unchanged(), Change.unchanged(),
            Change.unchanged(), Change.unchanged(), Change.unchanged());
      }
      JsonBody a = set.value();
      AddressFields fields =
          new AddressFields(
              a.string("line1"),
              a.string("line2"),
              a.string("city"),
              a.string("region"),
              a.string("postalCode"),
              a.string("country"));
      a.finishNested();
      return fields;
    }
  }
}
