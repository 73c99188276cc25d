package dev.leaseport.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.shared.Money;
import org.junit.jupiter.api.Test;

class PlatformFeeTest {

  @Test
  void theFeeIsRoundedHalfUpToTheMinorUnit() {
    PlatformFee fee = new PlatformFee(250);
    assertThat(fee.on(new Money(1001, "usd"))).isEqualTo(new Money(25, "usd"));
    assertThat(fee.on(new Money(1002, "usd"))).isEqualTo(new Money(25, "usd"));
    assertThat(fee.on(new Money(1020, "usd"))).isEqualTo(new Money(26, "usd"));
    assertThat(fee.on(new Money(150000, "usd"))).isEqualTo(new Money(3750, "usd"));
  }

  @Test
  void noFeeAndTheWholeAmountAreTheBounds() {
    assertThat(new PlatformFee(0).on(new Money(99999, "eur"))).isEqualTo(new Money(0, "eur"));
    assertThat(new PlatformFee(10_000).on(new Money(99999, "eur")))
        .isEqualTo(new Money(99999, "eur"));
    assertThat(new PlatformFee(1).on(new Money(1, "usd"))).isEqualTo(new Money(0, "usd"));
  }

  @Test
  void basisPointsOutsideZeroToTenThousandAreRefused() {
    assertThatThrownBy(() -> new PlatformFee(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PlatformFee(10_001)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aHugeAmountOverflowsLoudlyRatherThanWrapping() {
    assertThatThrownBy(() -> new PlatformFee(10_000).on(new Money(Long.MAX_VALUE / 2, "usd")))
        .isInstanceOf(ArithmeticException.class);
  }
}
