package dev.leaseport.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * A stand-in identity provider for the production-mode server: one RSA key, published as a JWKS on
 * 127.0.0.1 (plain http is allowed on loopback), and tokens signed with it.
 */
final class TestIssuer implements AutoCloseable {
  static final String ISSUER = "https://issuer.leaseport.test/auth/v1";
  static final String AUDIENCE = "authenticated";
  private final RsaJsonWebKey key;
  private final HttpServer server;

  private TestIssuer(RsaJsonWebKey key, HttpServer server) {
    this.key = key;
    this.server = server;
  }

  static TestIssuer start() {
    try {
      RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
      key.setKeyId("test-" + UUID.randomUUID());
      key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
      byte[] jwks =
          new JsonWebKeySet(key)
              .toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)
              .getBytes(StandardCharsets.UTF_8);
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          "/jwks.json",
          exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
          });
      server.start();
      return new TestIssuer(key, server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  String jwksUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
  }

  /** A valid token for a new owner, addressed to {@code audience}. */
  String token(String audience) {
    return token(audience, "OWNER");
  }

  /** A valid token for a new user of {@code userType}, addressed to {@code audience}. */
  String token(String audience, String userType) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setAudience(audience);
    claims.setSubject(UUID.randomUUID().toString());
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(10);
    claims.setClaim("email", "prod-" + UUID.randomUUID() + "@example.test");
    claims.setClaim("email_verified", true);
    claims.setClaim("app_metadata", Map.of("user_type", userType));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key.getPrivateKey());
    jws.setKeyIdHeaderValue(key.getKeyId());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
