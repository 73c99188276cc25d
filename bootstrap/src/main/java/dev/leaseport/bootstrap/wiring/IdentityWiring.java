package dev.leaseport.bootstrap.wiring;

import dev.leaseport.adapters.rest.local.LocalSigningKey;
import dev.leaseport.adapters.rest.local.LocalTokenIssuer;
import dev.leaseport.adapters.rest.security.TokenSettings;
import dev.leaseport.adapters.rest.security.TokenVerifier;
import dev.leaseport.bootstrap.config.LeaseportSettings;
import dev.leaseport.bootstrap.config.Mode;
import dev.leaseport.bootstrap.startup.LeaseportRuntime;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * Token verification from configuration: an external issuer in production, Leaseport's own key pair
 * in local mode (and only there, the token-minting endpoint).
 */
@ApplicationScoped
public class IdentityWiring {
  @Inject LeaseportRuntime runtime;
  private TokenVerifier verifier;
  private LocalTokenIssuer issuer;

  @PostConstruct
  void build() {
    LeaseportSettings s = runtime.settings();
    if (s.mode() == Mode.LOCAL) {
      RsaJsonWebKey key = LocalSigningKey.loadOrCreate(s.dataDirectory());
      verifier =
          new TokenVerifier(
              new TokenSettings(
                  s.jwtIssuer(),
                  Optional.empty(),
                  Optional.of(key.getPublicKey()),
                  Optional.empty(),
                  s.jwtAudience()));
      issuer = LocalTokenIssuer.enabled(key, s.jwtIssuer());
    } else {
      verifier =
          new TokenVerifier(
              new TokenSettings(
                  s.jwtIssuer(),
                  s.jwtJwksUrl(),
                  Optional.empty(),
                  s.jwtHs256Secret().map(secret -> secret.getBytes(StandardCharsets.UTF_8)),
                  s.jwtAudience()));
      issuer = LocalTokenIssuer.disabled();
    }
  }

  @Produces
  TokenVerifier tokenVerifier() {
    return verifier;
  }

  @Produces
  LocalTokenIssuer localTokenIssuer() {
    return issuer;
  }
}
