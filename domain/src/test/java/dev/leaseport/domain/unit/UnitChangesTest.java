package dev.leaseport.domain.unit;

import static dev.leaseport.domain.unit.NewUnitTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitChangesTest {

  @Test
  void changingNothingIsAccepted() {
    assertThat(
            changes(Change.unchanged(), Change.unchanged(), Change.unchanged())
                .status()
                .isChanged())
        .isFalse();
  }

  @Test
  void optionalNumbersMayBeCleared() {
    UnitChanges changes =
        new UnitChanges(
            Change.unchanged(),
            Change.cleared(),
            Change.cleared(),
            Change.cleared(),
            Change.unchanged(),
            Change.unchanged());

    assertThat(changes.bathrooms()).isInstanceOf(Change.Cleared.class);
  }

  @Test
  void clearingARequiredFieldIsRefusedForEachOfThem() {
    assertThat(fields(() -> changes(Change.cleared(), Change.cleared(), Change.cleared())))
        .containsExactly("unitNumber", "rentAmount", "status");
  }

  @Test
  void theSameNumberRulesApplyAsOnCreation() {
    assertThat(
            fields(
                () ->
                    new UnitChanges(
                        Change.to(""),
                        Change.to(-2),
                        Change.to(new BigDecimal("1.25")),
                        Change.to(0),
                        Change.to(new Money(-1, "usd")),
                        Change.unchanged())))
        .containsExactly("unitNumber", "bedrooms", "bathrooms", "squareFeet", "rentAmount.amount");
  }

  @Test
  void aRentOfZeroIsRefused() {
    assertThat(
            fields(
                () ->
                    changes(
                        Change.unchanged(), Change.to(new Money(0, "usd")), Change.unchanged())))
        .containsExactly("rentAmount.amount");
  }

  @Test
  void aHalfBathroomStepIsAccepted() {
    UnitChanges changes =
        new UnitChanges(
            Change.unchanged(),
            Change.unchanged(),
            Change.to(new BigDecimal("2.5")),
            Change.unchanged(),
            Change.unchanged(),
            Change.unchanged());

    assertThat(changes.bathrooms().newValue()).contains(new BigDecimal("2.5"));
  }

  private static UnitChanges changes(
      Change<String> unitNumber, Change<Money> rent, Change<UnitStatus> status) {
    return new UnitChanges(
        unitNumber, Change.unchanged(), Change.unchanged(), Change.unchanged(), rent, status);
  }
}
