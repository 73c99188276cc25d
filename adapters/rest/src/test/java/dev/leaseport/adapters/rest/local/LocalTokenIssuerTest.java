package dev.leaseport.adapters.rest.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.adapters.rest.security.TokenSettings;
import dev.leaseport.adapters.rest.security.TokenVerifier;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalTokenIssuerTest {
  private static final String ISSUER = "leaseport-local";
  private static RsaJsonWebKey key;

  @BeforeAll
  static void makeKey(@TempDir Path dataDirectory) {
    key = LocalSigningKey.loadOrCreate(dataDirectory);
  }

  @Test
  void theSameEmailAlwaysGetsTheSameSubjectWhateverItsCase() {
    assertThat(LocalTokenIssuer.subjectFor("Ada@Example.com"))
        .isEqualTo(LocalTokenIssuer.subjectFor("ada@example.com"))
        .isEqualTo(LocalTokenIssuer.subjectFor("ADA@EXAMPLE.COM"));
  }

  @Test
  void differentEmailsGetDifferentSubjects() {
    assertThat(LocalTokenIssuer.subjectFor("ada@example.com"))
        .isNotEqualTo(LocalTokenIssuer.subjectFor("grace@example.com"));
  }

  @Test
  void anIssuedTokenVerifiesWithTheMatchingVerifier() {
    UUID sub = LocalTokenIssuer.subjectFor("tenant@example.com");

    LocalTokenIssuer.IssuedToken token =
        LocalTokenIssuer.enabled(key, ISSUER).issue(sub, "tenant@example.com", UserType.TENANT);
    Caller caller = verifier(ISSUER).verify(token.accessToken());

    assertThat(token.sub()).isEqualTo(sub);
    assertThat(caller.userId()).isEqualTo(sub);
    assertThat(caller.email()).isEqualTo("tenant@example.com");
    assertThat(caller.userType()).isEqualTo(UserType.TENANT);
    assertThat(caller.emailVerified()).isTrue();
  }

  @Test
  void anIssuedTokenLastsOneHour() {
    LocalTokenIssuer.IssuedToken token =
        LocalTokenIssuer.enabled(key, ISSUER)
            .issue(UUID.randomUUID(), "owner@example.com", UserType.OWNER);

    assertThat(Duration.between(Instant.now(), token.expiresAt()))
        .isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61));
  }

  @Test
  void anIssuedTokenIsRefusedByAVerifierExpectingAnotherIssuer() {
    String token =
        LocalTokenIssuer.enabled(key, ISSUER)
            .issue(UUID.randomUUID(), "owner@example.com", UserType.OWNER)
            .accessToken();

    assertThatThrownBy(() -> verifier("https://auth.example.com").verify(token))
        .isInstanceOf(ApiProblem.class);
  }

  @Test
  void theSigningKeyIsKeptAcrossRestarts(@TempDir Path dataDirectory) {
    RsaJsonWebKey first = LocalSigningKey.loadOrCreate(dataDirectory);
    RsaJsonWebKey again = LocalSigningKey.loadOrCreate(dataDirectory);

    assertThat(again.getPublicKey()).isEqualTo(first.getPublicKey());
  }

  @Test
  void aDisabledIssuerMintsNothing() {
    LocalTokenIssuer disabled = LocalTokenIssuer.disabled();

    assertThat(disabled.isEnabled()).isFalse();
    assertThatIllegalStateException()
        .isThrownBy(() -> disabled.issue(UUID.randomUUID(), "a@example.com", UserType.OWNER));
  }

  private static TokenVerifier verifier(String issuer) {
    return new TokenVerifier(
        new TokenSettings(
            issuer,
            Optional.empty(),
            Optional.of(key.getPublicKey()),
            Optional.empty(),
            Optional.empty()));
  }
}
