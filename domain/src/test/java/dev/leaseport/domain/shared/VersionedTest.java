package dev.leaseport.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionedTest {

  @Test
  void anyVersionMatchesWhateverTheCurrentVersionIs() {
    assertThat(Versioned.any().matches(1)).isTrue();
    assertThat(Versioned.any().matches(42)).isTrue();
  }

  @Test
  void anExactVersionMatchesOnlyThatVersion() {
    assertThat(Versioned.exactly(3).matches(3)).isTrue();
    assertThat(Versioned.exactly(3).matches(4)).isFalse();
    assertThat(Versioned.exactly(3).matches(2)).isFalse();
  }
}
