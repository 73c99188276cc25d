package dev.leaseport.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 20, 100})
  void aLimitFromOneToOneHundredIsAccepted(int limit) {
    assertThat(new PageRequest(limit, 0).limit()).isEqualTo(limit);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101})
  void aLimitOutsideOneToOneHundredIsRefused(int limit) {
    assertThatThrownBy(() -> new PageRequest(limit, 0))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("limit"));
  }

  @Test
  void aNegativeOffsetIsRefused() {
    assertThatThrownBy(() -> new PageRequest(20, -1))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("offset"));
  }

  @Test
  void aBadLimitAndABadOffsetAreReportedTogether() {
    assertThatThrownBy(() -> new PageRequest(0, -5))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("limit", "offset"));
  }
}
