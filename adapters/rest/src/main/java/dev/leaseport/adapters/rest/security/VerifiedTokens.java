package dev.leaseport.adapters.rest.security;

import dev.leaseport.domain.identity.Caller;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens verified in the last minute, so a client's next requests skip the signature check (with
 * RS256 or ES256 it was the largest single cost of a small request in the server's profile).
 *
 * <p>An entry is the exact token string, so only the same bytes match. It is kept for at most
 * {@link #TIME_TO_LIVE} and never past the token's own expiry. That adds no window of trust the
 * server did not have already: the JWKS keys a token was checked against are trusted for ten
 * minutes ({@link JwksCachePolicy}). Failures are never kept: a bad token is checked (and refused)
 * every time. At {@link #CAPACITY} entries the expired ones are dropped, and if none are, all of
 * them: memory stays bounded whatever the number of distinct tokens.
 */
final class VerifiedTokens {
  static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
  static final int CAPACITY = 4096;

  private record Entry(Caller caller, long validUntilMillis) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;

  VerifiedTokens(Clock clock) {
    this.clock = clock;
  }

  Optional<Caller> get(String token) {
    Entry entry = entries.get(token);
    if (entry == null) {
      return Optional.empty();
    }
    if (clock.millis() >= entry.validUntilMillis()) {
      entries.remove(token, entry);
      return Optional.empty();
    }
    return Optional.of(entry.caller());
  }

  void put(String token, Caller caller, long expiresAtMillis) {
    long now = clock.millis();
    long validUntil = Math.min(expiresAtMillis, now + TIME_TO_LIVE.toMillis());
    if (validUntil <= now) {
      return;
    }
    if (entries.size() >= CAPACITY) {
      entries.values().removeIf(entry -> now >= entry.validUntilMillis());
      if (entries.size() >= CAPACITY) {
        entries.clear();
      }
    }
    entries.put(token, new Entry(caller, validUntil));
  }

  int size() {
    return entries.size();
  }
}
