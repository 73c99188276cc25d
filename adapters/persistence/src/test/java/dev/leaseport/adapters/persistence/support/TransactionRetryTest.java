package dev.leaseport.adapters.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Retries wait a short, bounded, random time, so callers that failed together spread out. */
class TransactionRetryTest {

  @Test
  void theLongestWaitGrowsWithEachAttemptAndStaysSmall() {
    assertThat(TransactionRetry.maxPauseMillis(2)).isEqualTo(20);
    assertThat(TransactionRetry.maxPauseMillis(3)).isEqualTo(40);
    assertThat(TransactionRetry.maxPauseMillis(10)).isEqualTo(100);
  }

  @Test
  void eachWaitIsRandomWithinItsBound() {
    Set<Long> waits = new HashSet<>();
    IntStream.range(0, 200)
        .forEach(
            i -> {
              long wait = TransactionRetry.pauseMillis(3);
              assertThat(wait).isBetween(0L, 40L);
              waits.add(wait);
            });

    assertThat(waits).as("jitter, not one fixed delay").hasSizeGreaterThan(5);
  }
}
