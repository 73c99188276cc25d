package dev.leaseport.adapters.rest.security;

import java.security.Key;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.VerificationJwkSelector;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * The issuer's published keys, kept in memory (jose4j's {@code HttpsJwks} drops them when a refresh
 * fails and refetches for every unknown {@code kid}). A request waits for the provider only when no
 * good key matches its token and a fetch is allowed or already running; stale keys are refreshed in
 * the background while they stay in use; the last good keys outlive an outage for hours; and
 * fetches start at most once per cool-down, whatever triggers them.
 */
final class JwksKeyResolver implements VerificationKeyResolver {
  private static final Logger LOG = Logger.getLogger(JwksKeyResolver.class.getName());
  private final JwksDownload download;
  private final JwksCachePolicy policy;
  private final Clock clock;
  private final Executor fetcher;
  private final VerificationJwkSelector selector = new VerificationJwkSelector();
  private CachedKeys cached = CachedKeys.NONE; // guarded by this
  private CompletableFuture<List<JsonWebKey>> fetching; // guarded by this; null when idle
  private Instant nextFetchAllowed = Instant.MIN; // guarded by this

  JwksKeyResolver(JwksDownload download, JwksCachePolicy policy, Clock clock, Executor fetcher) {
    this.download = download;
    this.policy = policy;
    this.clock = clock;
    this.fetcher = fetcher;
  }

  /** Fetches on a short-lived daemon thread: at most one at a time, one per cool-down. */
  static JwksKeyResolver forUrl(String url) {
    return new JwksKeyResolver(
        new JwksDownload(url),
        JwksCachePolicy.STANDARD,
        Clock.systemUTC(),
        task -> {
          Thread thread = new Thread(task, "leaseport-jwks-fetch");
          thread.setDaemon(true);
          thread.start();
        });
  }

  @Override
  public Key resolveKey(JsonWebSignature jws, List<JsonWebStructure> nestingContext)
      throws UnresolvableKeyException {
    JsonWebKey key = select(jws, keysAtHand());
    if (key == null) {
      // Perhaps a key published since the last fetch (a rotation): look once more if allowed.
      key = select(jws, await(fetchIfAllowed()));
    }
    if (key == null && usableKeys().isEmpty()) {
      throw new KeysUnavailable(download.url());
    }
    if (key == null) {
      throw new UnresolvableKeyException("No published key matches the token's key id");
    }
    return key.getKey();
  }

  /**
   * No good key is at hand at all (the provider has been unreachable since start-up, or for longer
   * than the last keys are kept): no token can be verified, which is the server's trouble, not the
   * caller's.
   */
  static final class KeysUnavailable extends UnresolvableKeyException {
    KeysUnavailable(String url) {
      super("No keys could be fetched from " + url);
    }
  }

  private List<JsonWebKey> keysAtHand() {
    CachedKeys keys;
    synchronized (this) {
      keys = cached;
    }
    Instant now = clock.instant();
    if (!policy.isUsable(keys.fetchedAt(), now)) {
      return await(fetchIfAllowed());
    }
    if (policy.isStale(keys.fetchedAt(), now)) {
      fetchIfAllowed(); // not awaited: the stale keys serve meanwhile
    }
    return keys.keys();
  }

  /** The running fetch, a new one if the cool-down allows, or null. */
  private CompletableFuture<List<JsonWebKey>> fetchIfAllowed() {
    CompletableFuture<List<JsonWebKey>> started = new CompletableFuture<>();
    synchronized (this) {
      if (fetching != null) {
        return fetching;
      }
      Instant now = clock.instant();
      if (now.isBefore(nextFetchAllowed)) {
        return null;
      }
      nextFetchAllowed = now.plus(policy.coolDown());
      fetching = started;
    }
    try {
      fetcher.execute(() -> started.complete(fetch()));
    } catch (RejectedExecutionException e) {
      started.complete(failed(e));
    }
    return started;
  }

  private List<JsonWebKey> fetch() {
    try {
      List<JsonWebKey> keys = download.keys();
      synchronized (this) {
        cached = new CachedKeys(keys, clock.instant());
        fetching = null;
      }
      return keys;
    } catch (Exception e) {
      return failed(e);
    }
  }

  private List<JsonWebKey> failed(Exception e) {
    CachedKeys kept;
    synchronized (this) {
      fetching = null;
      kept = cached;
    }
    LOG.warning(
        () ->
            "Fetching the JWKS from "
                + download.url()
                + " failed ("
                + e
                + "); "
                + (kept.keys().isEmpty()
                    ? "no keys to fall back on"
                    : "keeping the keys fetched at " + kept.fetchedAt()));
    return usableKeys();
  }

  private List<JsonWebKey> await(CompletableFuture<List<JsonWebKey>> fetch) {
    return fetch == null ? usableKeys() : fetch.join();
  }

  private synchronized List<JsonWebKey> usableKeys() {
    return policy.isUsable(cached.fetchedAt(), clock.instant()) ? cached.keys() : List.of();
  }

  private JsonWebKey select(JsonWebSignature jws, List<JsonWebKey> keys)
      throws UnresolvableKeyException {
    try {
      return keys.isEmpty() ? null : selector.select(jws, keys);
    } catch (JoseException e) {
      throw new UnresolvableKeyException("No published key fits the token", e);
    }
  }

  private record CachedKeys(List<JsonWebKey> keys, Instant fetchedAt) {
    static final CachedKeys NONE = new CachedKeys(List.of(), Instant.MIN);
  }
}
