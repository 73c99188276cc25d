package dev.leaseport.domain.shared;

import java.util.regex.Pattern;

/** An amount in integer minor units (cents) with its ISO 4217 currency in lower case. */
public record Money(long amount, String currency) {
  private static final Pattern CURRENCY = Pattern.compile("[a-z]{3}");

  public Money {
    if (currency == null || !CURRENCY.matcher(currency).matches()) {
      throw new IllegalArgumentException("currency must be three lower-case letters");
    }
  }

  public static boolean isValidCurrency(String currency) {
    return currency != null && CURRENCY.matcher(currency).matches();
  }
}
