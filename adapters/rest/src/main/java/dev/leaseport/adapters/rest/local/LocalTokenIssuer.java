package dev.leaseport.adapters.rest.local;

import dev.leaseport.domain.identity.UserType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/** Mints Supabase-shaped tokens in local mode; {@link #disabled()} everywhere else. */
public final class LocalTokenIssuer {
  public static final Duration LIFETIME = Duration.ofHours(1);
  private final Optional<RsaJsonWebKey> key;
  private final String issuer;

  private LocalTokenIssuer(Optional<RsaJsonWebKey> key, String issuer) {
    this.key = key;
    this.issuer = issuer;
  }

  public static LocalTokenIssuer enabled(RsaJsonWebKey key, String issuer) {
    return new LocalTokenIssuer(Optional.of(key), issuer);
  }

  public static LocalTokenIssuer disabled() {
    return new LocalTokenIssuer(Optional.empty(), "");
  }

  public boolean isEnabled() {
    return key.isPresent();
  }

  /**
   * The same e-mail always gets the same user id, so a walkthrough can mint a token again and still
   * be the same user.
   */
  public static UUID subjectFor(String email) {
    return UUID.nameUUIDFromBytes(
        ("leaseport-local:" + email.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
  }

  public IssuedToken issue(UUID subject, String email, UserType userType) {
    RsaJsonWebKey signingKey = key.orElseThrow(() -> new IllegalStateException("not local mode"));
    Instant expiresAt = Instant.now().plus(LIFETIME);
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer);
    claims.setSubject(subject.toString());
    claims.setAudience("authenticated");
    claims.setIssuedAtToNow();
    claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
    claims.setClaim("email", email);
    claims.setClaim("email_verified", true);
    claims.setClaim("role", "authenticated");
    claims.setClaim("app_metadata", Map.of("user_type", userType.name()));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(signingKey.getPrivateKey());
    jws.setKeyIdHeaderValue(signingKey.getKeyId());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    try {
      return new IssuedToken(
          jws.getCompactSerialization(),
          Instant.ofEpochSecond(expiresAt.getEpochSecond()),
          subject);
    } catch (JoseException e) {
      throw new IllegalStateException("Could not sign a local token", e);
    }
  }

  /** A minted token and when it stops working. */
  public record IssuedToken(String accessToken, Instant expiresAt, UUID sub) {}
}
