package dev.leaseport.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewUnitTest {
  private static final UUID PROPERTY = UUID.randomUUID();
  private static final Money RENT = new Money(150_000, "usd");

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "1.5", "2.0", "100"})
  void bathroomsInHalfStepsFromZeroToOneHundredAreAccepted(String bathrooms) {
    assertThat(unit(2, new BigDecimal(bathrooms), RENT).bathrooms())
        .isEqualByComparingTo(bathrooms);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.25", "0.1", "-0.5", "100.5"})
  void bathroomsOffTheHalfStepsOrOutOfRangeAreRefused(String bathrooms) {
    assertThat(fields(() -> unit(2, new BigDecimal(bathrooms), RENT))).containsExactly("bathrooms");
  }

  @Test
  void unknownNumbersMayBeLeftOut() {
    NewUnit unit = new NewUnit(PROPERTY, "1A", null, null, null, RENT, UnitStatus.VACANT);

    assertThat(unit.bedrooms()).isNull();
  }

  @Test
  void negativeBedroomsAreRefused() {
    assertThat(fields(() -> unit(-1, BigDecimal.ONE, RENT))).containsExactly("bedrooms");
  }

  @Test
  void zeroBedroomsAreAStudio() {
    assertThat(unit(0, BigDecimal.ONE, RENT).bedrooms()).isZero();
  }

  @Test
  void rentFromOneMinorUnitToTheMaximumIsAccepted() {
    assertThat(unit(1, BigDecimal.ONE, new Money(1, "usd")).rentAmount().amount()).isEqualTo(1);
    assertThat(unit(1, BigDecimal.ONE, new Money(100_000_000_00L, "usd")).rentAmount().amount())
        .isEqualTo(100_000_000_00L);
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, 0, 100_000_000_01L})
  void rentOutsideItsBoundsIsRefused(long amount) {
    assertThat(fields(() -> unit(1, BigDecimal.ONE, new Money(amount, "usd"))))
        .containsExactly("rentAmount.amount");
  }

  @Test
  void squareFeetMustBePositive() {
    assertThat(
            fields(
                () -> new NewUnit(PROPERTY, "1A", 1, BigDecimal.ONE, 0, RENT, UnitStatus.VACANT)))
        .containsExactly("squareFeet");
  }

  @Test
  void everyMissingRequiredFieldIsReportedAtOnce() {
    assertThat(fields(() -> new NewUnit(null, " ", -1, new BigDecimal("1.25"), null, null, null)))
        .containsExactly(
            "propertyId", "unitNumber", "rentAmount", "status", "bedrooms", "bathrooms");
  }

  private static NewUnit unit(int bedrooms, BigDecimal bathrooms, Money rent) {
    return new NewUnit(PROPERTY, "1A", bedrooms, bathrooms, 700, rent, UnitStatus.VACANT);
  }

  /** The fields a construction is refused for, in the order they were reported. */
  static List<String> fields(ThrowingCallable construction) {
    Throwable thrown = catchThrowable(construction);
    assertThat(thrown).isInstanceOf(ValidationException.class);
    return ((ValidationException) thrown).errors().stream().map(FieldError::field).toList();
  }
}
