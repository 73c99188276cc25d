package dev.leaseport.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ChangeTest {

  @Test
  void unchangedIsNotAChangeAndHasNoNewValue() {
    Change<String> change = Change.unchanged();

    assertThat(change.isChanged()).isFalse();
    assertThat(change.newValue()).isEmpty();
  }

  @Test
  void setToIsAChangeWithItsNewValue() {
    Change<String> change = Change.to("Maple Court");

    assertThat(change.isChanged()).isTrue();
    assertThat(change.newValue()).contains("Maple Court");
  }

  @Test
  void clearedIsAChangeWithoutANewValue() {
    Change<String> change = Change.cleared();

    assertThat(change.isChanged()).isTrue();
    assertThat(change.newValue()).isEmpty();
    assertThat(change).isInstanceOf(Change.Cleared.class);
  }

  @Test
  void settingToNullIsRefusedSoClearingIsAlwaysExplicit() {
    assertThatIllegalArgumentException().isThrownBy(() -> Change.to(null));
  }

  @Test
  void toNullableClearsOnNullAndSetsOtherwise() {
    assertThat(Change.toNullable(null)).isInstanceOf(Change.Cleared.class);
    assertThat(Change.toNullable("x")).isEqualTo(Change.to("x"));
  }

  @Test
  void mapTransformsASetValue() {
    assertThat(Change.to("3").map(Integer::parseInt)).isEqualTo(Change.to(3));
  }

  @Test
  void mapKeepsUnchangedAndClearedWithoutCallingTheMapper() {
    Change<Integer> unchanged = Change.<String>unchanged().map(s -> fail());
    Change<Integer> cleared = Change.<String>cleared().map(s -> fail());

    assertThat(unchanged).isInstanceOf(Change.Unchanged.class);
    assertThat(cleared).isInstanceOf(Change.Cleared.class);
  }

  private static Integer fail() {
    throw new AssertionError("the mapper must not run");
  }
}
