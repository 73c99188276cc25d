package dev.leaseport.domain.shared;

import java.math.BigDecimal;
import java.util.Set;

/**
 * How many decimal places a currency's minor unit has: the one place that decides it. Amounts are
 * stored as Stripe counts them, so this follows Stripe's lists: zero-decimal currencies (an amount
 * of 500 JPY is 500 yen), three-decimal ones (5000 BHD minor units are 5.000 dinars), and two
 * places for every other currency.
 */
public final class MinorUnits {
  private static final Set<String> ZERO_DECIMAL =
      Set.of(
          "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv",
          "xaf", "xof", "xpf");
  private static final Set<String> THREE_DECIMAL = Set.of("bhd", "jod", "kwd", "omr", "tnd");

  private MinorUnits() {}

  /** The number of decimal places of {@code currency}'s minor unit. */
  public static int exponent(String currency) {
    if (ZERO_DECIMAL.contains(currency)) {
      return 0;
    }
    if (THREE_DECIMAL.contains(currency)) {
      return 3;
    }
    return 2;
  }

  /** {@code money} as a decimal in its currency's major unit, e.g. 150000 usd is 1500.00. */
  public static BigDecimal decimal(Money money) {
    return BigDecimal.valueOf(money.amount(), exponent(money.currency()));
  }
}
