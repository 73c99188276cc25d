package dev.leaseport.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinorUnitsTest {

  @ParameterizedTest(name = "{0} has {1} decimal places")
  @CsvSource({
    "usd, 2", "eur, 2", "gbp, 2", "jpy, 0", "krw, 0", "clp, 0", "vnd, 0", "xof, 0", "bhd, 3",
    "kwd, 3", "jod, 3", "omr, 3", "tnd, 3"
  })
  void eachCurrencyHasTheExponentStripeCountsItsAmountsIn(String currency, int exponent) {
    assertThat(MinorUnits.exponent(currency)).isEqualTo(exponent);
  }

  @ParameterizedTest(name = "{0} {1} is {2}")
  @CsvSource({
    "150000, usd, 1500.00",
    "5, usd, 0.05",
    "0, eur, 0.00",
    "-250, eur, -2.50",
    "500, jpy, 500",
    "0, krw, 0",
    "5000, bhd, 5.000",
    "1, kwd, 0.001",
    "10000000000, usd, 100000000.00"
  })
  void anAmountIsADecimalInTheMajorUnitWithExactlyItsCurrencysPlaces(
      long amount, String currency, String decimal) {
    assertThat(MinorUnits.decimal(new Money(amount, currency)).toPlainString()).isEqualTo(decimal);
  }
}
