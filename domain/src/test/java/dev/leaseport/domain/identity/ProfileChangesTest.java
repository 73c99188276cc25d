package dev.leaseport.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.ValidationException;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileChangesTest {

  @ParameterizedTest
  @ValueSource(strings = {"+1 (555) 010-2030", "555.0100", "123"})
  void aPhoneNumberOfDigitsAndPunctuationIsAccepted(String phone) {
    assertThat(new ProfileChanges(Change.unchanged(), Change.to(phone)).phone().newValue())
        .contains(phone);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12", "call me", "555555555555555555555555555555555"})
  void anythingElseAsAPhoneIsRefused(String phone) {
    assertThatThrownBy(() -> new ProfileChanges(Change.unchanged(), Change.to(phone)))
        .asInstanceOf(InstanceOfAssertFactories.type(ValidationException.class))
        .extracting(ValidationException::errors)
        .asInstanceOf(InstanceOfAssertFactories.list(FieldError.class))
        .extracting(FieldError::field)
        .containsExactly("phone");
  }

  @Test
  void aBlankOrOverlongFullNameIsRefusedTogetherWithABadPhone() {
    assertThatThrownBy(() -> new ProfileChanges(Change.to(" "), Change.to("x")))
        .asInstanceOf(InstanceOfAssertFactories.type(ValidationException.class))
        .extracting(ValidationException::errors)
        .asInstanceOf(InstanceOfAssertFactories.list(FieldError.class))
        .extracting(FieldError::field)
        .containsExactly("fullName", "phone");
    assertThatThrownBy(() -> new ProfileChanges(Change.to("n".repeat(201)), Change.unchanged()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void nameAndPhoneAreOptionalAndMayBeCleared() {
    ProfileChanges changes = new ProfileChanges(Change.cleared(), Change.cleared());

    assertThat(changes.fullName()).isInstanceOf(Change.Cleared.class);
    assertThat(changes.phone()).isInstanceOf(Change.Cleared.class);
  }
}
