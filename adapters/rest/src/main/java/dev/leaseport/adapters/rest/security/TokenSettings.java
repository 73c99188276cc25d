package dev.leaseport.adapters.rest.security;

import java.security.PublicKey;
import java.util.Optional;

/**
 * How bearer tokens are verified: always the issuer, expiry (60 s skew) and signature; the key is a
 * JWKS URL (RS256/ES256), a local public key (local mode), or a legacy HS256 secret.
 */
public record TokenSettings(
    String issuer,
    Optional<String> jwksUrl,
    Optional<PublicKey> publicKey,
    Optional<byte[]> hs256Secret,
    Optional<String> audience) {

  @Override
  public String toString() {
    return "TokenSettings[issuer=" + issuer + ", jwksUrl=" + jwksUrl.orElse("-") + "]";
  }
}
