package dev.leaseport.domain.testdata;

import dev.leaseport.domain.property.Address;
import dev.leaseport.domain.property.NewProperty;
import dev.leaseport.domain.property.PropertyChanges;
import dev.leaseport.domain.property.PropertyStatus;
import dev.leaseport.domain.property.PropertyType;
import dev.leaseport.domain.shared.Change;
import java.util.Optional;

/** Valid new properties and property changes. */
public final class PropertyTestData {
  private PropertyTestData() {}

  public static NewProperty newProperty() {
    return newProperty("Maple Court");
  }

  /** An active apartment at {@link #address()}, without a description. */
  public static NewProperty newProperty(String name) {
    return new NewProperty(
        name, address(), PropertyType.APARTMENT, PropertyStatus.ACTIVE, Optional.empty());
  }

  /** The smallest valid address: line 1, city and country. */
  public static Address address() {
    return new Address(
        "1 Main Street", Optional.empty(), "Springfield", Optional.empty(), Optional.empty(), "US");
  }

  /** Changes only the name. */
  public static PropertyChanges renamedTo(String name) {
    return changes(Change.to(name));
  }

  /** Changes nothing. */
  public static PropertyChanges noPropertyChanges() {
    return changes(Change.unchanged());
  }

  private static PropertyChanges changes(Change<String> name) {
    return new PropertyChanges(
        name,
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged());
  }
}
