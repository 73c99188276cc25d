package dev.leaseport.adapters.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.domain.shared.UnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The identity provider's JWKS endpoint is slow, down or rotating keys: verification stays fast,
 * keeps working on the last good keys, picks up new keys, and never floods the provider.
 */
class JwksKeyFetchingTest {
  private static final String ISSUER = "https://project.supabase.example/auth/v1";
  private static final RsaJsonWebKey K1 = rsaKey("k1");
  private static final RsaJsonWebKey K2 = rsaKey("k2");
  private static final Executor SAME_THREAD = Runnable::run;
  private static final Executor NEW_THREAD = task -> new Thread(task).start();

  private final TestClock clock = new TestClock();
  private FakeJwksServer provider;

  @BeforeEach
  void startProvider() throws Exception {
    provider = new FakeJwksServer();
    provider.publish(K1);
  }

  @AfterEach
  void stopProvider() {
    provider.close();
  }

  @Test
  void aSlowProviderIsGivenUpOnWithinSecondsAfterAtMostOneRetry() {
    TokenVerifier verifier = verifier(SAME_THREAD);
    provider.answerAfter(Duration.ofSeconds(10));

    long started = System.nanoTime();
    assertUnavailable(() -> verifier.verify(token(K1)));
    Duration waited = Duration.ofNanos(System.nanoTime() - started);

    assertThat(waited).isLessThan(Duration.ofMillis(5_500));
    assertThat(provider.hits()).isBetween(1, 2);
  }

  @Test
  void theLastGoodKeysKeepVerifyingForHoursWhileTheProviderIsDown() {
    TokenVerifier verifier = verifier(SAME_THREAD);
    verifier.verify(token(K1));
    provider.goDown();

    clock.advance(Duration.ofHours(11));
    verifier.verify(token(K1));
    verifier.verify(token(K1));
    assertThat(provider.hits()).as("one refresh attempt, retried once").isEqualTo(3);

    clock.advance(Duration.ofMinutes(59));
    verifier.verify(token(K1));
    assertThat(provider.hits()).isEqualTo(5);

    clock.advance(Duration.ofMinutes(1));
    assertUnavailable(() -> verifier.verify(token(K1)));
  }

  @Test
  void aProviderDownAtStartUpIsAskedAgainOnlyAfterTheCoolDown() {
    TokenVerifier verifier = verifier(SAME_THREAD);
    provider.goDown();

    for (int i = 0; i < 10; i++) {
      assertUnavailable(() -> verifier.verify(token(K1)));
    }
    assertThat(provider.hits()).isEqualTo(2);

    provider.publish(K1);
    clock.advance(Duration.ofSeconds(30));
    verifier.verify(token(K1));
    assertThat(provider.hits()).isEqualTo(3);
  }

  @Test
  void aRotatedKeyIsPickedUpByTheFirstTokenThatUsesItAfterTheCoolDown() {
    TokenVerifier verifier = verifier(SAME_THREAD);
    verifier.verify(token(K1));
    provider.publish(K1, K2);

    clock.advance(Duration.ofSeconds(5));
    assertUnauthenticated(() -> verifier.verify(token(K2)));
    assertThat(provider.hits()).as("still within the cool-down").isEqualTo(1);

    clock.advance(Duration.ofSeconds(25));
    assertThat(verifier.verify(token(K2)).email()).isEqualTo("owner@example.test");
    verifier.verify(token(K1));
    assertThat(provider.hits()).isEqualTo(2);
  }

  @Test
  void randomKeyIdsCallTheProviderAtMostOncePerCoolDown() {
    TokenVerifier verifier = verifier(SAME_THREAD);
    verifier.verify(token(K1));

    for (int i = 0; i < 600; i++) {
      clock.advance(Duration.ofMillis(100));
      String randomKid = token(K1, UUID.randomUUID().toString());
      assertUnauthenticated(() -> verifier.verify(randomKid));
    }

    assertThat(provider.hits()).as("one fetch at start, then one per 30 s").isLessThanOrEqualTo(3);
    verifier.verify(token(K1));
  }

  @Test
  void concurrentRandomKeyIdsAddNoCallsWithinTheCoolDown() throws Exception {
    TokenVerifier verifier = verifier(SAME_THREAD);
    verifier.verify(token(K1));
    clock.advance(Duration.ofSeconds(1));
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Object>> floods = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String randomKid = token(K1, UUID.randomUUID().toString());
        floods.add(
            () -> {
              assertUnauthenticated(() -> verifier.verify(randomKid));
              return null;
            });
      }
      for (Future<Object> result : callers.invokeAll(floods)) {
        result.get();
      }
    } finally {
      callers.shutdownNow();
    }

    assertThat(provider.hits()).isEqualTo(1);
  }

  @Test
  void unknownKeyIdsDoNotWaitForASlowProviderOverAndOver() {
    TokenVerifier verifier = verifier(SAME_THREAD);
    verifier.verify(token(K1));
    provider.answerAfter(Duration.ofSeconds(10));
    clock.advance(Duration.ofSeconds(30));

    assertTimeoutPreemptively(
        Duration.ofSeconds(8),
        () -> {
          assertUnauthenticated(() -> verifier.verify(token(K2)));
          long started = System.nanoTime();
          for (int i = 0; i < 20; i++) {
            assertUnauthenticated(() -> verifier.verify(token(K1, UUID.randomUUID().toString())));
          }
          verifier.verify(token(K1));
          assertThat(Duration.ofNanos(System.nanoTime() - started))
              .isLessThan(Duration.ofMillis(500));
        });
  }

  @Test
  void staleKeysAreRefreshedInTheBackgroundWhileRequestsUseThem() throws Exception {
    TokenVerifier verifier = verifier(NEW_THREAD);
    verifier.verify(token(K1));
    provider.publish(K2);

    clock.advance(Duration.ofMinutes(11));
    verifier.verify(token(K1));
    awaitHits(2);

    // A token with the new key id joins the background fetch if its answer has not landed yet.
    assertThat(verifier.verify(token(K2)).email()).isEqualTo("owner@example.test");
    assertUnauthenticated(() -> verifier.verify(token(K1)));
    assertThat(provider.hits()).isEqualTo(2);
  }

  @Test
  void staleKeysAreUsedAtOnceWhileTheProviderIsSlow() {
    TokenVerifier verifier = verifier(NEW_THREAD);
    verifier.verify(token(K1));
    provider.answerAfter(Duration.ofSeconds(10));
    clock.advance(Duration.ofMinutes(11));

    long started = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      verifier.verify(token(K1));
    }

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
  }

  private TokenVerifier verifier(Executor background) {
    return new TokenVerifier(
        new TokenSettings(
            ISSUER,
            Optional.of(provider.url()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()),
        url -> resolver(url, background));
  }

  private VerificationKeyResolver resolver(String url, Executor background) {
    return new JwksKeyResolver(new JwksDownload(url), JwksCachePolicy.STANDARD, clock, background);
  }

  private void awaitHits(int expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (provider.hits() < expected && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(provider.hits()).isEqualTo(expected);
  }

  private static String token(RsaJsonWebKey key) {
    return token(key, key.getKeyId());
  }

  private static String token(RsaJsonWebKey key, String keyId) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setSubject(UUID.randomUUID().toString());
    claims.setExpirationTimeMinutesInTheFuture(5);
    claims.setIssuedAtToNow();
    claims.setClaim("email", "owner@example.test");
    claims.setClaim("app_metadata", Map.of("user_type", "OWNER"));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key.getPrivateKey());
    jws.setKeyIdHeaderValue(keyId);
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RsaJsonWebKey rsaKey(String keyId) {
    try {
      RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
      key.setKeyId(keyId);
      return key;
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** No key at all: the provider's outage is answered 503, not blamed on the caller's token. */
  private static void assertUnavailable(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            UnavailableException.class, e -> assertThat(e.code()).isEqualTo("unavailable"));
  }

  private static void assertUnauthenticated(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(401));
  }
}
