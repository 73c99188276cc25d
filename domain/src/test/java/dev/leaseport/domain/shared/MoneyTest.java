package dev.leaseport.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @ValueSource(strings = {"usd", "eur", "gbp"})
  void aThreeLetterLowerCaseCurrencyIsAccepted(String currency) {
    assertThat(new Money(150_000, currency).currency()).isEqualTo(currency);
    assertThat(Money.isValidCurrency(currency)).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"USD", "us", "usdx", "", "u5d", " usd"})
  void anyOtherCurrencyIsRefused(String currency) {
    assertThatIllegalArgumentException().isThrownBy(() -> new Money(100, currency));
    assertThat(Money.isValidCurrency(currency)).isFalse();
  }
}
