package dev.leaseport.adapters.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {
  private final TestClock clock = new TestClock();
  private final VerifiedTokens tokens = new VerifiedTokens(clock);
  private final Caller ada = new Caller(UUID.randomUUID(), "ada@example.com", true, UserType.OWNER);

  @Test
  void aTokenIsRememberedForAMinuteAtMost() {
    tokens.put("t1", ada, inSeconds(3600));

    clock.advance(Duration.ofSeconds(59));
    assertThat(tokens.get("t1")).contains(ada);
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.get("t1")).isEmpty();
  }

  @Test
  void aTokenIsNeverRememberedPastItsOwnExpiry() {
    tokens.put("t1", ada, inSeconds(10));

    clock.advance(Duration.ofSeconds(9));
    assertThat(tokens.get("t1")).contains(ada);
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.get("t1")).isEmpty();
  }

  @Test
  void anAlreadyExpiredTokenIsNotKept() {
    tokens.put("t1", ada, inSeconds(0));

    assertThat(tokens.size()).isZero();
    assertThat(tokens.get("t1")).isEmpty();
  }

  @Test
  void onlyTheExactTokenMatches() {
    tokens.put("t1", ada, inSeconds(3600));

    assertThat(tokens.get("t1 ")).isEmpty();
    assertThat(tokens.get("T1")).isEmpty();
  }

  @Test
  void theNumberOfEntriesIsBoundedWhateverTheNumberOfTokens() {
    for (int i = 0; i < VerifiedTokens.CAPACITY * 3; i++) {
      tokens.put("token-" + i, ada, inSeconds(3600));
      assertThat(tokens.size()).isLessThanOrEqualTo(VerifiedTokens.CAPACITY);
    }
    assertThat(tokens.get("token-" + (VerifiedTokens.CAPACITY * 3 - 1))).contains(ada);
  }

  @Test
  void whenFullTheExpiredEntriesGoFirst() {
    tokens.put("old", ada, inSeconds(5));
    clock.advance(Duration.ofSeconds(1));
    for (int i = 1; i < VerifiedTokens.CAPACITY; i++) {
      tokens.put("token-" + i, ada, inSeconds(3600));
    }
    clock.advance(Duration.ofSeconds(10));

    tokens.put("new", ada, inSeconds(3600));

    assertThat(tokens.size()).as("the expired one made room").isEqualTo(VerifiedTokens.CAPACITY);
    assertThat(tokens.get("token-1")).as("the others are kept").contains(ada);
    assertThat(tokens.get("new")).contains(ada);
  }

  private long inSeconds(long seconds) {
    return clock.millis() + seconds * 1000;
  }
}
