package dev.leaseport.adapters.rest.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The buckets of this server, in memory: no database round trip on the request path. A cluster's
 * effective limit is therefore the per-server limit times the servers. When more than {@code
 * maxKeys} buckets exist, full ones (idle long enough to have refilled) are forgotten, which
 * changes no answer.
 */
public final class RateLimiter {
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
  private final LongSupplier clock;
  private final int maxKeys;

  public RateLimiter(LongSupplier nanoClock, int maxKeys) {
    this.clock = nanoClock;
    this.maxKeys = maxKeys;
  }

  public static RateLimiter inMemory() {
    return new RateLimiter(System::nanoTime, 100_000);
  }

  public RateDecision take(RatePolicy policy, String key) {
    long now = clock.getAsLong();
    if (buckets.size() > maxKeys) {
      buckets.values().removeIf(bucket -> bucket.isFull(now));
    }
    return buckets
        .computeIfAbsent(policy.name() + "|" + key, k -> new TokenBucket(policy, now))
        .take(now);
  }

  int size() {
    return buckets.size();
  }
}
