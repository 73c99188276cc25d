package dev.leaseport.adapters.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimiterTest {
  private static final long SECOND = 1_000_000_000L;
  private final AtomicLong now = new AtomicLong(42 * SECOND);
  private final RateLimiter limiter = new RateLimiter(now::get, 1000);
  private final RatePolicy threePerThreeSeconds =
      new RatePolicy("caller", 3, Duration.ofSeconds(3));

  @Test
  void aBurstUpToTheQuotaPassesThenTheNextIsRefusedWithWhenToRetry() {
    RateDecision first = limiter.take(threePerThreeSeconds, "a");
    limiter.take(threePerThreeSeconds, "a");
    RateDecision third = limiter.take(threePerThreeSeconds, "a");
    RateDecision fourth = limiter.take(threePerThreeSeconds, "a");

    assertThat(first.allowed()).isTrue();
    assertThat(first.remaining()).isEqualTo(2);
    assertThat(first.resetSeconds()).isEqualTo(1);
    assertThat(third.allowed()).isTrue();
    assertThat(third.remaining()).isZero();
    assertThat(third.resetSeconds()).isEqualTo(3);
    assertThat(fourth.allowed()).isFalse();
    assertThat(fourth.retryAfterSeconds()).isEqualTo(1);
    assertThat(fourth.header()).isEqualTo("\"caller\";r=0;t=3");
    assertThat(threePerThreeSeconds.header()).isEqualTo("\"caller\";q=3;w=3");
  }

  @Test
  void tokensComeBackEvenlyOverTheWindow() {
    for (int i = 0; i < 3; i++) {
      limiter.take(threePerThreeSeconds, "a");
    }
    now.addAndGet(SECOND);

    assertThat(limiter.take(threePerThreeSeconds, "a").allowed()).isTrue();
    assertThat(limiter.take(threePerThreeSeconds, "a").allowed()).isFalse();
  }

  @Test
  void eachKeyAndEachPolicyHasItsOwnBucket() {
    for (int i = 0; i < 3; i++) {
      limiter.take(threePerThreeSeconds, "flooder");
    }

    assertThat(limiter.take(threePerThreeSeconds, "flooder").allowed()).isFalse();
    assertThat(limiter.take(threePerThreeSeconds, "someone-else").allowed()).isTrue();
    assertThat(
            limiter.take(new RatePolicy("strict", 1, Duration.ofMinutes(1)), "flooder").allowed())
        .isTrue();
  }

  @Test
  void fullBucketsAreForgottenWhenThereAreTooManyWithoutChangingAnAnswer() {
    RateLimiter small = new RateLimiter(now::get, 2);
    small.take(threePerThreeSeconds, "a");
    small.take(threePerThreeSeconds, "b");
    small.take(threePerThreeSeconds, "c");
    now.addAndGet(10 * SECOND);

    small.take(threePerThreeSeconds, "d");

    assertThat(small.size()).isEqualTo(1);
  }

  @Test
  void policiesAreReadFromTheirShortForm() {
    assertThat(RatePolicy.parse("caller", "600/1m"))
        .contains(new RatePolicy("caller", 600, Duration.ofMinutes(1)));
    assertThat(RatePolicy.parse("x", "5/10s"))
        .contains(new RatePolicy("x", 5, Duration.ofSeconds(10)));
    assertThat(RatePolicy.parse("x", "1000/2h"))
        .contains(new RatePolicy("x", 1000, Duration.ofHours(2)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "600", "600/m", "0/1m", "5/0s", "-1/1m", "5/1d", "five/1m"})
  void aPolicyInAnotherShapeIsRefused(String text) {
    assertThat(RatePolicy.parse("x", text)).isEmpty();
  }
}
