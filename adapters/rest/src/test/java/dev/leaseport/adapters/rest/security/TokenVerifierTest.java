package dev.leaseport.adapters.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {
  private static final String ISSUER = "https://auth.example.com";
  private static final RsaJsonWebKey KEY = rsaKey();
  private static final RsaJsonWebKey OTHER_KEY = rsaKey();
  private static final byte[] HS256_SECRET =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  private static final byte[] LONG_HS256_SECRET =
      "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
          .getBytes(StandardCharsets.UTF_8);

  private final TokenVerifier rs256 = new TokenVerifier(rs256Settings(Optional.empty()));
  private final UUID subject = UUID.randomUUID();

  @Test
  void aValidTokenBecomesACallerWhoIsAnOwnerByDefault() {
    Caller caller = rs256.verify(rs256Token(claims()));

    assertThat(caller.userId()).isEqualTo(subject);
    assertThat(caller.email()).isEqualTo("ada@example.com");
    assertThat(caller.emailVerified()).isTrue();
    assertThat(caller.userType()).isEqualTo(UserType.OWNER);
  }

  @Test
  void theUserTypeIsTakenFromAppMetadata() {
    JwtClaims claims = claims();
    claims.setClaim("app_metadata", Map.of("user_type", "TENANT"));

    assertThat(rs256.verify(rs256Token(claims)).userType()).isEqualTo(UserType.TENANT);
  }

  @Test
  void anUnknownUserTypeIsRefused() {
    JwtClaims claims = claims();
    claims.setClaim("app_metadata", Map.of("user_type", "ROOT"));

    assertUnauthenticated(() -> rs256.verify(rs256Token(claims)));
  }

  @Test
  void anEmailVerifiedFalseClaimIsKept() {
    JwtClaims claims = claims();
    claims.setClaim("email_verified", false);

    assertThat(rs256.verify(rs256Token(claims)).emailVerified()).isFalse();
  }

  @Test
  void theEmailIsNormalisedToLowerCase() {
    JwtClaims claims = claims();
    claims.setClaim("email", " Ada@Example.COM ");

    assertThat(rs256.verify(rs256Token(claims)).email()).isEqualTo("ada@example.com");
  }

  @Test
  void aTokenExpiredWithinTheSixtySecondSkewIsAccepted() {
    JwtClaims claims = claims();
    claims.setIssuedAt(secondsFromNow(-600));
    claims.setExpirationTime(secondsFromNow(-30));

    assertThat(rs256.verify(rs256Token(claims)).userId()).isEqualTo(subject);
  }

  @Test
  void aTokenExpiredBeyondTheSkewIsRefused() {
    JwtClaims claims = claims();
    claims.setIssuedAt(secondsFromNow(-600));
    claims.setExpirationTime(secondsFromNow(-120));

    assertUnauthenticated(() -> rs256.verify(rs256Token(claims)))
        .hasMessage("The token has expired");
  }

  @Test
  void aTokenWithoutExpiryIsRefused() {
    JwtClaims claims = claims();
    claims.unsetClaim("exp");

    assertUnauthenticated(() -> rs256.verify(rs256Token(claims)));
  }

  @Test
  void aTokenOfAnotherIssuerIsRefused() {
    JwtClaims claims = claims();
    claims.setIssuer("https://evil.example.com");

    assertUnauthenticated(() -> rs256.verify(rs256Token(claims)));
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() {
    assertUnauthenticated(
        () ->
            rs256.verify(
                sign(
                    claims(),
                    AlgorithmIdentifiers.RSA_USING_SHA256,
                    OTHER_KEY.getPrivateKey(),
                    jws -> {})));
  }

  @Test
  void anUnsignedTokenWithAlgNoneIsRefused() {
    String unsigned =
        sign(
            claims(),
            AlgorithmIdentifiers.NONE,
            null,
            jws -> jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS));

    assertUnauthenticated(() -> rs256.verify(unsigned));
  }

  @Test
  void aTokenWhosePayloadWasTamperedWithIsRefused() {
    String[] parts = rs256Token(claims()).split("\\.");
    JwtClaims forged = claims();
    forged.setClaim("app_metadata", Map.of("user_type", "ADMIN"));
    String payload =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(forged.toJson().getBytes(StandardCharsets.UTF_8));

    assertUnauthenticated(() -> rs256.verify(parts[0] + "." + payload + "." + parts[2]));
  }

  @Test
  void aVerifiedTokenSkipsTheSignatureCheckForAMinuteAndABadOneNever() {
    AtomicInteger keyLookups = new AtomicInteger();
    TestClock clock = new TestClock();
    TokenVerifier counting =
        new TokenVerifier(
            new TokenSettings(
                ISSUER,
                Optional.of("http://127.0.0.1:1/jwks.json"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            url ->
                (jws, nesting) -> {
                  keyLookups.incrementAndGet();
                  return KEY.getPublicKey();
                },
            clock);
    String token = rs256Token(claims());

    counting.verify(token);
    counting.verify(token);
    assertThat(keyLookups).as("checked once, then remembered").hasValue(1);
    clock.advance(Duration.ofSeconds(60));
    assertThat(counting.verify(token).userId()).isEqualTo(subject);
    assertThat(keyLookups).as("checked again after a minute").hasValue(2);

    String tampered = token.substring(0, token.length() - 4) + "AAAA";
    assertUnauthenticated(() -> counting.verify(tampered));
    assertUnauthenticated(() -> counting.verify(tampered));
    assertThat(keyLookups).as("a refused token is checked every time").hasValue(4);
  }

  @Test
  void anHs256TokenIsRefusedWhenRs256IsConfigured() {
    assertUnauthenticated(() -> rs256.verify(hs256Token(claims())));
  }

  @Test
  void anHs256TokenIsAcceptedWhenItsSecretIsConfigured() {
    TokenVerifier hs256 =
        new TokenVerifier(
            new TokenSettings(
                ISSUER,
                Optional.empty(),
                Optional.empty(),
                Optional.of(HS256_SECRET),
                Optional.empty()));

    assertThat(hs256.verify(hs256Token(claims())).userId()).isEqualTo(subject);
    assertUnauthenticated(() -> hs256.verify(rs256Token(claims())));
  }

  @Test
  void aTokenWithoutAnEmailIsRefused() {
    JwtClaims claims = claims();
    claims.unsetClaim("email");

    assertUnauthenticated(() -> rs256.verify(rs256Token(claims))).hasMessageContaining("e-mail");
  }

  @Test
  void aTokenWhoseSubjectIsNotAUuidIsRefused() {
    JwtClaims claims = claims();
    claims.setSubject("user-42");

    assertUnauthenticated(() -> rs256.verify(rs256Token(claims))).hasMessageContaining("subject");
  }

  @Test
  void aSubjectThatIsNotACanonicalUuidIsRefusedEvenWhenJavaCouldParseIt() {
    for (String notCanonical :
        new String[] {
          "1-1-1-1-1",
          subject.toString().toUpperCase(java.util.Locale.ROOT),
          "{" + subject + "}",
          subject.toString().replace("-", "")
        }) {
      JwtClaims claims = claims();
      claims.setSubject(notCanonical);

      assertUnauthenticated(() -> rs256.verify(rs256Token(claims))).hasMessageContaining("subject");
    }
  }

  @Test
  void anAppMetadataThatIsNotAnObjectIsRefusedRatherThanReadAsOwner() {
    for (Object notAnObject : new Object[] {"ADMIN", 42, List.of("ADMIN"), true}) {
      JwtClaims claims = claims();
      claims.setClaim("app_metadata", notAnObject);

      assertUnauthenticated(() -> rs256.verify(rs256Token(claims)))
          .hasMessageContaining("app_metadata");
    }
  }

  @Test
  void anAppMetadataObjectWithoutAUserTypeMeansOwner() {
    JwtClaims claims = claims();
    claims.setClaim("app_metadata", Map.of("provider", "email"));

    assertThat(rs256.verify(rs256Token(claims)).userType()).isEqualTo(UserType.OWNER);
  }

  @Test
  void anEmailVerifiedClaimThatIsNotABooleanMeansNotVerified() {
    for (Object notABoolean : new Object[] {"true", "false", 1, Map.of()}) {
      JwtClaims claims = claims();
      claims.setClaim("email_verified", notABoolean);

      assertThat(rs256.verify(rs256Token(claims)).emailVerified()).isFalse();
    }
  }

  @Test
  void anEmailVerifiedTrueClaimIsKept() {
    JwtClaims claims = claims();
    claims.setClaim("email_verified", true);

    assertThat(rs256.verify(rs256Token(claims)).emailVerified()).isTrue();
  }

  @Test
  void anRsaAlgorithmOutsideTheAllowListIsRefusedThoughTheKeyCouldVerifyIt() {
    for (String algorithm :
        new String[] {
          AlgorithmIdentifiers.RSA_USING_SHA384,
          AlgorithmIdentifiers.RSA_USING_SHA512,
          AlgorithmIdentifiers.RSA_PSS_USING_SHA256
        }) {
      String token = sign(claims(), algorithm, KEY.getPrivateKey(), jws -> {});

      assertUnauthenticated(() -> rs256.verify(token));
    }
  }

  @Test
  void anHmacAlgorithmOtherThanHs256IsRefusedThoughTheSecretCouldVerifyIt() {
    // 64 bytes: long enough for HS512, so only the allow-list can refuse these tokens.
    HmacKey secret = new HmacKey(LONG_HS256_SECRET);
    TokenVerifier hs256 =
        new TokenVerifier(
            new TokenSettings(
                ISSUER,
                Optional.empty(),
                Optional.empty(),
                Optional.of(LONG_HS256_SECRET),
                Optional.empty()));

    assertThat(
            hs256
                .verify(sign(claims(), AlgorithmIdentifiers.HMAC_SHA256, secret, jws -> {}))
                .userId())
        .isEqualTo(subject);
    for (String algorithm :
        new String[] {AlgorithmIdentifiers.HMAC_SHA384, AlgorithmIdentifiers.HMAC_SHA512}) {
      String token = sign(claims(), algorithm, secret, jws -> {});

      assertUnauthenticated(() -> hs256.verify(token));
    }
  }

  @Test
  void aTokenExpiredFiftyFiveSecondsAgoIsAcceptedWithinTheSixtySecondSkew() {
    JwtClaims claims = claims();
    claims.setIssuedAt(secondsFromNow(-600));
    claims.setExpirationTime(secondsFromNow(-55));

    assertThat(rs256.verify(rs256Token(claims)).userId()).isEqualTo(subject);
  }

  @Test
  void aTokenExpiredSixtyFiveSecondsAgoIsRefusedBeyondTheSixtySecondSkew() {
    JwtClaims claims = claims();
    claims.setIssuedAt(secondsFromNow(-600));
    claims.setExpirationTime(secondsFromNow(-65));

    assertUnauthenticated(() -> rs256.verify(rs256Token(claims)))
        .hasMessage("The token has expired");
  }

  @Test
  void aConfiguredAudienceMustBeInTheToken() {
    TokenVerifier withAudience = new TokenVerifier(rs256Settings(Optional.of("leaseport")));
    JwtClaims right = claims();
    right.setAudience("leaseport");
    JwtClaims wrong = claims();
    wrong.setAudience("someone-else");

    assertThat(withAudience.verify(rs256Token(right)).userId()).isEqualTo(subject);
    assertUnauthenticated(() -> withAudience.verify(rs256Token(wrong)));
    assertUnauthenticated(() -> withAudience.verify(rs256Token(claims())));
  }

  @Test
  void garbageIsRefused() {
    assertUnauthenticated(() -> rs256.verify("not.a.token"));
    assertUnauthenticated(() -> rs256.verify(""));
  }

  private JwtClaims claims() {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setSubject(subject.toString());
    claims.setIssuedAtToNow();
    claims.setExpirationTime(secondsFromNow(600));
    claims.setClaim("email", "ada@example.com");
    return claims;
  }

  private static TokenSettings rs256Settings(Optional<String> audience) {
    return new TokenSettings(
        ISSUER, Optional.empty(), Optional.of(KEY.getPublicKey()), Optional.empty(), audience);
  }

  private static String rs256Token(JwtClaims claims) {
    return sign(claims, AlgorithmIdentifiers.RSA_USING_SHA256, KEY.getPrivateKey(), jws -> {});
  }

  private static String hs256Token(JwtClaims claims) {
    return sign(claims, AlgorithmIdentifiers.HMAC_SHA256, new HmacKey(HS256_SECRET), jws -> {});
  }

  private static String sign(
      JwtClaims claims, String algorithm, Key key, Consumer<JsonWebSignature> adjust) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(algorithm);
    jws.setKey(key);
    adjust.accept(jws);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static NumericDate secondsFromNow(long seconds) {
    NumericDate date = NumericDate.now();
    date.addSeconds(seconds);
    return date;
  }

  private static RsaJsonWebKey rsaKey() {
    try {
      return RsaJwkGenerator.generateJwk(2048);
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertUnauthenticated(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    return assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(401);
              assertThat(problem.code()).isEqualTo("unauthenticated");
            });
  }
}
