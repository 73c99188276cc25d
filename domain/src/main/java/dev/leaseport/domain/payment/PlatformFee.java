package dev.leaseport.domain.payment;

import dev.leaseport.domain.shared.Money;

/**
 * Leaseport's share of a rent payment, in basis points (1/100 of a percent, 0 to 10,000). The fee
 * is rounded half up to the minor unit: 2.5 % of 1,001 cents is 25.025, so 25 cents; of 1,002 cents
 * 25.05, so 25; of 1,020 cents 25.5, so 26. It never exceeds the amount.
 */
public record PlatformFee(int basisPoints) {
  public static final int MAX_BASIS_POINTS = 10_000;

  public PlatformFee {
    if (basisPoints < 0 || basisPoints > MAX_BASIS_POINTS) {
      throw new IllegalArgumentException("A platform fee is 0 to 10000 basis points");
    }
  }

  /** The fee on {@code amount}, in its currency. */
  public Money on(Money amount) {
    if (amount.amount() < 0) {
      throw new IllegalArgumentException("A fee is taken on a positive amount");
    }
    // Exact integer arithmetic: amount × bps fits a long for any amount below 9.2 × 10^14.
    long fee =
        Math.addExact(Math.multiplyExact(amount.amount(), (long) basisPoints), MAX_BASIS_POINTS / 2)
            / MAX_BASIS_POINTS;
    return new Money(fee, amount.currency());
  }
}
