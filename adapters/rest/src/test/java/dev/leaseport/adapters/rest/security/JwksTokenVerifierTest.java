package dev.leaseport.adapters.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.leaseport.adapters.rest.problem.ApiProblem;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Production mode: keys come from the issuer's JWKS URL, fetched once and cached. */
class JwksTokenVerifierTest {
  private static final String ISSUER = "https://project.supabase.example/auth/v1";
  private final AtomicInteger fetches = new AtomicInteger();
  private RsaJsonWebKey key;
  private HttpServer jwks;
  private TokenVerifier verifier;

  @BeforeEach
  void publishKeys() throws Exception {
    key = RsaJwkGenerator.generateJwk(2048);
    key.setKeyId("k1");
    String body = new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    jwks.createContext(
        "/jwks.json",
        exchange -> {
          fetches.incrementAndGet();
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    jwks.start();
    String url = "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks.json";
    verifier =
        new TokenVerifier(
            new TokenSettings(
                ISSUER, Optional.of(url), Optional.empty(), Optional.empty(), Optional.empty()));
  }

  @AfterEach
  void stop() {
    jwks.stop(0);
  }

  @Test
  void tokensSignedWithAPublishedKeyAreAcceptedAndTheKeysAreFetchedOnce() throws Exception {
    UUID subject = UUID.randomUUID();
    assertThat(verifier.verify(sign(key, "k1", subject)).userId()).isEqualTo(subject);
    verifier.verify(sign(key, "k1", UUID.randomUUID()));

    assertThat(fetches).hasValue(1);
  }

  @Test
  void aTokenSignedWithAnUnpublishedKeyIsRefused() throws Exception {
    RsaJsonWebKey stranger = RsaJwkGenerator.generateJwk(2048);
    stranger.setKeyId("k1");

    assertThatThrownBy(() -> verifier.verify(sign(stranger, "k1", UUID.randomUUID())))
        .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(401));
  }

  private static String sign(RsaJsonWebKey signingKey, String keyId, UUID subject)
      throws Exception {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setSubject(subject.toString());
    claims.setExpirationTimeMinutesInTheFuture(5);
    claims.setIssuedAtToNow();
    claims.setClaim("email", "owner@example.test");
    claims.setClaim("app_metadata", Map.of("user_type", "OWNER"));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(signingKey.getPrivateKey());
    jws.setKeyIdHeaderValue(keyId);
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    return jws.getCompactSerialization();
  }
}
