package dev.leaseport.adapters.rest.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyHeaderTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "123e4567-e89b-12d3-a456-426614174000", "!~{}\"'", "K:1/2"})
  void visibleAsciiKeysAreTakenAsSent(String key) {
    assertThat(IdempotencyKeyHeader.parse(key)).isEqualTo(key);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a b", " a", "a\t", "caf\u00e9", "\u0000"})
  void emptyOrInvisibleOrNonAsciiKeysAre400(String key) {
    assertThatThrownBy(() -> IdempotencyKeyHeader.parse(key))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            p -> {
              assertThat(p.status()).isEqualTo(400);
              assertThat(p.code()).isEqualTo("invalid-parameter");
            });
  }

  @ParameterizedTest
  @ValueSource(ints = {255, 256})
  void keysAreAtMost255Characters(int length) {
    String key = "k".repeat(length);
    if (length <= 255) {
      assertThat(IdempotencyKeyHeader.parse(key)).isEqualTo(key);
    } else {
      assertThatThrownBy(() -> IdempotencyKeyHeader.parse(key)).isInstanceOf(ApiProblem.class);
    }
  }
}
