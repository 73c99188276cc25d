package dev.leaseport.adapters.rest.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.domain.shared.Versioned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PreconditionsTest {

  @Test
  void aQuotedVersionIsExpectedExactly() {
    assertThat(Preconditions.ifMatch("\"3\"")).isEqualTo(Versioned.exactly(3));
  }

  @Test
  void aWeakTagIsReadAsItsVersion() {
    assertThat(Preconditions.ifMatch("W/\"3\"")).isEqualTo(Versioned.exactly(3));
  }

  @Test
  void anUnquotedVersionIsTolerated() {
    assertThat(Preconditions.ifMatch(" 7 ")).isEqualTo(Versioned.exactly(7));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"*", " * ", "", "  "})
  void aStarOrNoHeaderAcceptsAnyVersion(String header) {
    assertThat(Preconditions.ifMatch(header)).isEqualTo(Versioned.any());
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "\"abc\"", "\"3", "W/", "\"\"", "\"3\", \"4\""})
  void anythingElseIsAnInvalidParameter(String header) {
    assertThatThrownBy(() -> Preconditions.ifMatch(header))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(400);
              assertThat(problem.code()).isEqualTo("invalid-parameter");
            })
        .hasMessageContaining("If-Match");
  }
}
