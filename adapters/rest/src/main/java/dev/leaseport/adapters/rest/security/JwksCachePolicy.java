package dev.leaseport.adapters.rest.security;

import java.time.Duration;
import java.time.Instant;

/**
 * How long fetched JWKS keys are trusted, and how often the provider may be asked.
 *
 * @param freshFor after this the keys are refreshed in the background, still in use meanwhile
 * @param keepLastGoodFor the last good keys outlive failed refreshes this long, then are dropped
 * @param coolDown at least this long between two fetches, whatever triggers them (expiry, an
 *     unknown {@code kid}, no keys at all): random key ids cannot flood the provider
 */
record JwksCachePolicy(Duration freshFor, Duration keepLastGoodFor, Duration coolDown) {
  static final JwksCachePolicy STANDARD =
      new JwksCachePolicy(Duration.ofMinutes(10), Duration.ofHours(12), Duration.ofSeconds(30));

  boolean isStale(Instant fetchedAt, Instant now) {
    return !now.isBefore(fetchedAt.plus(freshFor));
  }

  boolean isUsable(Instant fetchedAt, Instant now) {
    return now.isBefore(fetchedAt.plus(keepLastGoodFor));
  }
}
