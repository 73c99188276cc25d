package dev.leaseport.adapters.rest.ratelimit;

/**
 * One key's bucket: {@code quota} tokens at most, refilled continuously at quota per window. Time
 * is passed in (nanoseconds of a monotonic clock), so the arithmetic is tested without waiting.
 */
final class TokenBucket {
  private final RatePolicy policy;
  private final double nanosPerToken;
  private double tokens;
  private long updatedAt;

  TokenBucket(RatePolicy policy, long now) {
    this.policy = policy;
    this.nanosPerToken = (double) policy.window().toNanos() / policy.quota();
    this.tokens = policy.quota();
    this.updatedAt = now;
  }

  synchronized RateDecision take(long now) {
    refill(now);
    boolean allowed = tokens >= 1;
    if (allowed) {
      tokens -= 1;
    }
    long remaining = (long) Math.floor(tokens);
    long untilFull = seconds((policy.quota() - tokens) * nanosPerToken);
    long untilNext = allowed ? 0 : Math.max(1, seconds((1 - tokens) * nanosPerToken));
    return new RateDecision(policy, allowed, remaining, untilFull, untilNext);
  }

  /** Full and untouched: forgetting it changes nothing. */
  synchronized boolean isFull(long now) {
    refill(now);
    return tokens >= policy.quota();
  }

  private void refill(long now) {
    if (now > updatedAt) {
      tokens = Math.min(policy.quota(), tokens + (now - updatedAt) / nanosPerToken);
      updatedAt = now;
    }
  }

  private static long seconds(double nanos) {
    return (long) Math.ceil(nanos / 1_000_000_000d);
  }
}
