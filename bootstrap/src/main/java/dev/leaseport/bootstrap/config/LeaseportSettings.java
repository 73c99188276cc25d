package dev.leaseport.bootstrap.config;

import dev.leaseport.adapters.rest.ratelimit.RateLimitSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Validated configuration. Secrets are kept out of {@link #toString()}, which start-up logs; URLs
 * there are redacted, as a JDBC URL may carry passwords.
 */
public record LeaseportSettings(
    Mode mode,
    Path dataDirectory,
    Optional<String> externalDbUrl,
    int embeddedDbPort,
    String dbUser,
    String dbPassword,
    String dbAdminUser,
    String dbAdminPassword,
    int dbPoolMax,
    String jwtIssuer,
    Optional<String> jwtJwksUrl,
    Optional<String> jwtHs256Secret,
    Optional<String> jwtAudience,
    String publicUrl,
    String logFormat,
    boolean demoData,
    SystemPoolSettings systemPool,
    Duration invitationTtl,
    JobSettings jobs,
    RateLimitSettings rateLimits,
    PaymentSettings payments,
    PlanSettings plans) {

  public static final String LOCAL_ISSUER = "leaseport-local";

  public boolean usesEmbeddedDatabase() {
    return externalDbUrl.isEmpty();
  }

  public String dbUrl() {
    return externalDbUrl.orElse("jdbc:postgresql://localhost:" + embeddedDbPort + "/leaseport");
  }

  @Override
  public String toString() {
    return "LeaseportSettings[mode="
        + mode
        + ", dataDirectory="
        + dataDirectory
        + ", dbUrl="
        + UrlRedaction.redact(dbUrl())
        + ", dbUser="
        + dbUser
        + ", dbAdminUser="
        + dbAdminUser
        + ", dbPoolMax="
        + dbPoolMax
        + ", "
        + systemPool
        + ", "
        + payments
        + ", "
        + plans
        + ", jwtIssuer="
        + jwtIssuer
        + ", publicUrl="
        + UrlRedaction.redact(publicUrl)
        + ", logFormat="
        + logFormat
        + ", invitationTtl="
        + invitationTtl
        + ", "
        + jobs
        + ", "
        + rateLimits
        + "]";
  }
}
