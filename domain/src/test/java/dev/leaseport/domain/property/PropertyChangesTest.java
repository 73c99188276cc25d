package dev.leaseport.domain.property;

import static dev.leaseport.domain.property.NewPropertyTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.domain.shared.Change;
import org.junit.jupiter.api.Test;

class PropertyChangesTest {

  @Test
  void changingNothingIsAccepted() {
    assertThat(changes().build().name().isChanged()).isFalse();
  }

  @Test
  void optionalFieldsMayBeCleared() {
    Builder changes = changes();
    changes.addressLine2 = Change.cleared();
    changes.region = Change.cleared();
    changes.postalCode = Change.cleared();
    changes.description = Change.cleared();

    assertThat(changes.build().description()).isInstanceOf(Change.Cleared.class);
  }

  @Test
  void clearingARequiredFieldIsRefusedForEachOfThem() {
    Builder changes = changes();
    changes.name = Change.cleared();
    changes.addressLine1 = Change.cleared();
    changes.city = Change.cleared();
    changes.country = Change.cleared();
    changes.propertyType = Change.cleared();
    changes.status = Change.cleared();

    assertThat(fields(changes::build))
        .containsExactly(
            "name", "address.line1", "address.city", "address.country", "propertyType", "status");
  }

  @Test
  void aBlankNewNameIsRefused() {
    Builder changes = changes();
    changes.name = Change.to("  ");

    assertThat(fields(changes::build)).containsExactly("name");
  }

  @Test
  void aLowerCaseCountryIsRefused() {
    Builder changes = changes();
    changes.country = Change.to("de");

    assertThat(fields(changes::build)).containsExactly("address.country");
  }

  @Test
  void anOverlongOptionalFieldIsRefused() {
    Builder changes = changes();
    changes.postalCode = Change.to("9".repeat(21));

    assertThat(fields(changes::build)).containsExactly("address.postalCode");
  }

  private static Builder changes() {
    return new Builder();
  }

  /** Every field unchanged unless a test sets it. */
  private static final class Builder {
    Change<String> name = Change.unchanged();
    Change<String> addressLine1 = Change.unchanged();
    Change<String> addressLine2 = Change.unchanged();
    Change<String> city = Change.unchanged();
    Change<String> region = Change.unchanged();
    Change<String> postalCode = Change.unchanged();
    Change<String> country = Change.unchanged();
    Change<PropertyType> propertyType = Change.unchanged();
    Change<PropertyStatus> status = Change.unchanged();
    Change<String> description = Change.unchanged();

    PropertyChanges build() {
      return new PropertyChanges(
          name,
          addressLine1,
          addressLine2,
          city,
          region,
          postalCode,
          country,
          propertyType,
          status,
          description);
    }
  }
}
