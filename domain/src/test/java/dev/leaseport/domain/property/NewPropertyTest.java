package dev.leaseport.domain.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.ValidationException;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewPropertyTest {

  @Test
  void aCompletePropertyIsAccepted() {
    NewProperty property = property("Maple Court", address("US"));

    assertThat(property.name()).isEqualTo("Maple Court");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aBlankNameIsRefused(String name) {
    assertThat(fields(() -> property(name, address("US")))).containsExactly("name");
  }

  @Test
  void aMissingNameIsRefused() {
    assertThat(fields(() -> property(null, address("US")))).containsExactly("name");
  }

  @Test
  void aNameOfTwoHundredCharactersIsAcceptedButNotOneMore() {
    assertThat(property("n".repeat(200), address("US")).name()).hasSize(200);
    assertThat(fields(() -> property("n".repeat(201), address("US")))).containsExactly("name");
  }

  @Test
  void overlongOptionalFieldsAreRefusedWithTheirJsonPaths() {
    Address address =
        new Address(
            "1 Main St",
            Optional.of("l".repeat(201)),
            "Springfield",
            Optional.of("r".repeat(101)),
            Optional.of("p".repeat(21)),
            "US");

    assertThat(
            fields(
                () ->
                    new NewProperty(
                        "Maple",
                        address,
                        PropertyType.CONDO,
                        PropertyStatus.ACTIVE,
                        Optional.of("d".repeat(5001)))))
        .containsExactly("address.line2", "address.region", "address.postalCode", "description");
  }

  @ParameterizedTest
  @ValueSource(strings = {"us", "USA", "U", "1A", ""})
  void aCountryThatIsNotTwoUpperCaseLettersIsRefused(String country) {
    assertThat(fields(() -> property("Maple", address(country))))
        .containsExactly("address.country");
  }

  @Test
  void aMissingAddressIsRefused() {
    assertThat(fields(() -> property("Maple", null))).containsExactly("address");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Address blank = new Address(" ", Optional.empty(), "", Optional.empty(), Optional.empty(), "x");

    assertThat(fields(() -> new NewProperty(" ", blank, null, null, Optional.empty())))
        .containsExactly(
            "name", "address.line1", "address.city", "address.country", "propertyType", "status");
  }

  static Address address(String country) {
    return new Address(
        "1 Main St",
        Optional.empty(),
        "Springfield",
        Optional.empty(),
        Optional.of("12345"),
        country);
  }

  private static NewProperty property(String name, Address address) {
    return new NewProperty(
        name, address, PropertyType.APARTMENT, PropertyStatus.ACTIVE, Optional.empty());
  }

  /** The fields a construction is refused for, in the order they were reported. */
  static List<String> fields(ThrowingCallable construction) {
    Throwable thrown = catchThrowable(construction);
    assertThat(thrown).isInstanceOf(ValidationException.class);
    return ((ValidationException) thrown).errors().stream().map(FieldError::field).toList();
  }
}
