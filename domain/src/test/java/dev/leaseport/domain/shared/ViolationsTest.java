package dev.leaseport.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViolationsTest {

  @Test
  void nothingIsThrownWhenEveryCheckPasses() {
    assertThatCode(
            () ->
                new Violations()
                    .check(true, "a", "never")
                    .requireText("text", "b", 10)
                    .maxLength(null, "c", 1)
                    .required(1, "d")
                    .throwIfAny())
        .doesNotThrowAnyException();
  }

  @Test
  void everyBrokenFieldIsReportedTogetherInOrder() {
    Violations violations =
        new Violations()
            .check(false, "a", "is wrong")
            .requireText(" ", "b", 10)
            .maxLength("toolong", "c", 3)
            .required(null, "d");

    assertThatThrownBy(violations::throwIfAny)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        new FieldError("a", "is wrong"),
                        new FieldError("b", "must not be blank"),
                        new FieldError("c", "must be at most 3 characters"),
                        new FieldError("d", "is required")));
  }

  @Test
  void requiredTextThatIsTooLongIsReportedAsTooLong() {
    assertThatThrownBy(() -> new Violations().requireText("abcd", "name", 3).throwIfAny())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(new FieldError("name", "must be at most 3 characters")));
  }

  @Test
  void aValidationFailureCarriesTheCodeValidationFailed() {
    assertThatThrownBy(() -> new Violations().required(null, "x").throwIfAny())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo("validation-failed"));
  }
}
