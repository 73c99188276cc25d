package dev.leaseport.it;

import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every kind of bad token is a 401 problem with a Bearer challenge; nothing else gets in. */
@ExtendWith(ArquillianExtension.class)
class AuthenticationIT {

  @Test
  void aTokenSignedByTheServersKeyIsAccepted() throws Exception {
    assertThat(as(sign(serverKey(), claims(c -> {}))).get("/api/v1/me").statusCode())
        .isEqualTo(200);
  }

  @Test
  void aTokenExpiredWithinTheSixtySecondSkewIsStillAccepted() throws Exception {
    String token = sign(serverKey(), claims(c -> issuedLongAgo(c, now() - 30)));
    assertThat(as(token).get("/api/v1/me").statusCode()).isEqualTo(200);
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    expectUnauthenticated(sign(serverKey(), claims(c -> issuedLongAgo(c, now() - 120))));
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() throws Exception {
    expectUnauthenticated(sign(serverKey(), claims(c -> c.setIssuer("https://evil.example"))));
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
    expectUnauthenticated(sign(RsaJwkGenerator.generateJwk(2048), claims(c -> {})));
  }

  @Test
  void anUnsignedAlgNoneTokenIsRefused() throws Exception {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims(c -> {}).toJson());
    jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
    expectUnauthenticated(jws.getCompactSerialization());
  }

  @Test
  void aTamperedPayloadIsRefused() throws Exception {
    String[] parts = sign(serverKey(), claims(c -> {})).split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"OWNER\"", "\"ADMIN\"");
    parts[1] =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    expectUnauthenticated(String.join(".", parts));
  }

  @Test
  void anHmacTokenUsingThePublicKeyAsSecretIsRefused() throws Exception {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims(c -> {}).toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
    jws.setKey(new HmacKey(serverKey().getPublicKey().getEncoded()));
    expectUnauthenticated(jws.getCompactSerialization());
  }

  @Test
  void garbageAndNonBearerCredentialsAreRefused() {
    expectUnauthenticated("not-a-jwt");
    Response basic =
        Api.anonymous().header("Authorization", "Basic dXNlcjpwYXNz").get("/api/v1/me");
    assertProblem(basic, 401, "unauthenticated");
  }

  @Test
  void aTokenWithoutAUuidSubjectOrEmailIsRefused() throws Exception {
    expectUnauthenticated(sign(serverKey(), claims(c -> c.setSubject("not-a-uuid"))));
    expectUnauthenticated(sign(serverKey(), claims(c -> c.unsetClaim("email"))));
  }

  @Test
  void theDevTokenRouteValidatesItsBody() {
    assertProblem(
        Api.anonymous()
            .body(Map.of("userType", "ROOT", "email", "a@b.test"))
            .post("/api/v1/dev/tokens"),
        422,
        "validation-failed");
    assertProblem(
        Api.anonymous().body(Map.of("userType", "OWNER")).post("/api/v1/dev/tokens"),
        422,
        "validation-failed");
    assertProblem(
        Api.anonymous()
            .body(Map.of("userType", "OWNER", "email", "a@b.test", "admin", true))
            .post("/api/v1/dev/tokens"),
        400,
        "malformed-request");
  }

  private static void expectUnauthenticated(String token) {
    Response response = as(token).get("/api/v1/me");
    assertProblem(response, 401, "unauthenticated");
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
  }

  /** A token issued ten minutes ago that expires at {@code expiresAt} (seconds). */
  private static void issuedLongAgo(JwtClaims claims, long expiresAt) {
    claims.setIssuedAt(NumericDate.fromSeconds(now() - 600));
    claims.setExpirationTime(NumericDate.fromSeconds(expiresAt));
  }

  private static JwtClaims claims(Consumer<JwtClaims> adjust) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer("leaseport-local");
    claims.setSubject(UUID.randomUUID().toString());
    claims.setExpirationTime(NumericDate.fromSeconds(now() + 600));
    claims.setIssuedAtToNow();
    claims.setClaim("email", "crafted-" + UUID.randomUUID() + "@example.test");
    claims.setClaim("app_metadata", Map.of("user_type", "OWNER"));
    adjust.accept(claims);
    return claims;
  }

  private static String sign(RsaJsonWebKey key, JwtClaims claims) throws Exception {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key.getPrivateKey());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    return jws.getCompactSerialization();
  }

  /**
   * Local mode keeps its key pair in the data folder; the test signs with it as an attacker could
   * not.
   */
  private static RsaJsonWebKey serverKey() throws Exception {
    Api.token("OWNER", "warm-up@example.test"); // the key exists once the server has served a token
    Path file = Path.of(System.getProperty("leaseport.it.data.dir"), "local-signing-key.jwk.json");
    return (RsaJsonWebKey) JsonWebKey.Factory.newJwk(Files.readString(file));
  }

  private static long now() {
    return System.currentTimeMillis() / 1000;
  }
}
