package dev.leaseport.domain.payment;

import java.util.Objects;
import java.util.UUID;

/**
 * The key the payment provider deduplicates a write by. It is derived from Leaseport's own row, so
 * a repeat of the same write (a retry, a second server, a double click) finds the first result
 * instead of making a second object. The provider keeps keys for 24 hours and accepts at most 255
 * characters.
 */
public record IdempotencyKey(String value) {
  public static final int MAX_LENGTH = 255;

  public IdempotencyKey {
    Objects.requireNonNull(value, "value");
    if (value.isBlank() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("An idempotency key has 1 to 255 characters");
    }
  }

  /** For a durable object made once per row: every repeat returns the same object. */
  public static IdempotencyKey of(String purpose, UUID row) {
    return new IdempotencyKey("leaseport:" + purpose + ":" + row);
  }

  /**
   * For a short-lived object made again on each attempt (a session, a link): the network retries of
   * one attempt share the key, a new attempt gets a new object.
   */
  public static IdempotencyKey forAttempt(String purpose, UUID row, UUID attempt) {
    return new IdempotencyKey("leaseport:" + purpose + ":" + row + ":" + attempt);
  }
}
