package dev.leaseport.adapters.rest.security;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.UnavailableException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;
import org.jose4j.keys.resolvers.VerificationKeyResolver;

/**
 * Verifies bearer tokens locally (keys from a cached JWKS, never a call per request) and turns
 * their claims into a {@link Caller}. {@code alg: none} and any algorithm but the configured ones
 * are refused before the signature is looked at.
 */
public final class TokenVerifier {
  private static final int CLOCK_SKEW_SECONDS = 60;
  private final JwtConsumer consumer;
  private final VerifiedTokens verified;

  public TokenVerifier(TokenSettings settings) {
    this(settings, JwksKeyResolver::forUrl);
  }

  /** {@code jwksKeys} turns the JWKS URL into the key resolver (tests control its clock). */
  TokenVerifier(TokenSettings settings, Function<String, VerificationKeyResolver> jwksKeys) {
    this(settings, jwksKeys, Clock.systemUTC());
  }

  /** {@code clock} decides how long a verified token is remembered (tests move it). */
  TokenVerifier(
      TokenSettings settings, Function<String, VerificationKeyResolver> jwksKeys, Clock clock) {
    this.verified = new VerifiedTokens(clock);
    JwtConsumerBuilder builder =
        new JwtConsumerBuilder()
            .setRequireExpirationTime()
            .setRequireSubject()
            .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
            .setExpectedIssuer(settings.issuer());
    if (settings.hs256Secret().isPresent()) {
      builder
          .setJwsAlgorithmConstraints(
              new AlgorithmConstraints(ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256))
          .setVerificationKey(new HmacKey(settings.hs256Secret().get()));
    } else {
      builder.setJwsAlgorithmConstraints(
          new AlgorithmConstraints(
              ConstraintType.PERMIT,
              AlgorithmIdentifiers.RSA_USING_SHA256,
              AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256));
      if (settings.publicKey().isPresent()) {
        builder.setVerificationKey(settings.publicKey().get());
      } else {
        String url = settings.jwksUrl().orElseThrow(() -> new IllegalArgumentException("no key"));
        builder.setVerificationKeyResolver(jwksKeys.apply(url));
      }
    }
    if (settings.audience().isPresent()) {
      builder.setExpectedAudience(settings.audience().get());
    } else {
      builder.setSkipDefaultAudienceValidation();
    }
    this.consumer = builder.build();
  }

  /** The caller of a valid token; 401 {@code unauthenticated} for anything else. */
  public Caller verify(String token) {
    Optional<Caller> remembered = verified.get(token);
    if (remembered.isPresent()) {
      return remembered.get();
    }
    JwtClaims claims;
    try {
      claims = consumer.processToClaims(token);
    } catch (InvalidJwtException e) {
      if (causedBy(e, JwksKeyResolver.KeysUnavailable.class)) {
        // A provider outage must not look like a bad token: clients would drop a good session.
        throw new UnavailableException(
            "unavailable", "The token issuer's keys cannot be fetched right now; retry later");
      }
      throw ApiProblem.unauthenticated(reason(e));
    }
    try {
      Caller caller =
          new Caller(
              parseSubject(claims.getSubject()),
              requireEmail(claims.getStringClaimValue("email")),
              emailVerified(claims.getClaimValue("email_verified")),
              userType(claims.getClaimValue("app_metadata")));
      verified.put(token, caller, claims.getExpirationTime().getValueInMillis());
      return caller;
    } catch (MalformedClaimException e) {
      throw ApiProblem.unauthenticated("The token's claims are malformed");
    }
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  private static String reason(InvalidJwtException e) {
    if (e.hasExpired()) {
      return "The token has expired";
    }
    return "The token is not valid";
  }

  /**
   * Only the canonical form (lower-case 8-4-4-4-12 hex): {@link UUID#fromString} also takes
   * "1-1-1-1-1" and upper case, so several subjects would name one user.
   */
  private static UUID parseSubject(String subject) {
    try {
      UUID id = UUID.fromString(subject);
      if (id.toString().equals(subject)) {
        return id;
      }
    } catch (IllegalArgumentException | NullPointerException e) {
      // refused below
    }
    throw ApiProblem.unauthenticated("The token's subject is not a user id");
  }

  /** Absent counts as verified (providers that omit it); anything but {@code true} is not. */
  private static boolean emailVerified(Object claim) {
    return claim == null || Boolean.TRUE.equals(claim);
  }

  private static String requireEmail(String email) {
    if (email == null || email.isBlank() || email.length() > 320) {
      throw ApiProblem.unauthenticated("The token carries no e-mail address");
    }
    return email.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Absent means OWNER: owners sign up by themselves, tenants arrive through invitations. A claim
   * of another shape is refused, not read as absent: it is not what the provider was set up to
   * send.
   */
  private static UserType userType(Object appMetadata) {
    if (appMetadata == null) {
      return UserType.OWNER;
    }
    if (!(appMetadata instanceof Map<?, ?> metadata)) {
      throw ApiProblem.unauthenticated("The token's app_metadata is not an object");
    }
    Object userType = metadata.get("user_type");
    if (userType == null) {
      return UserType.OWNER;
    }
    try {
      return UserType.valueOf(String.valueOf(userType));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.unauthenticated("The token's user type is unknown");
    }
  }
}
