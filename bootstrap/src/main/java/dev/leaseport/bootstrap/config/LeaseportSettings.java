package dev.leaseport.bootstrap.config;

import java.nio.file.Path;
import java.util.Optional;

/** Validated configuration. Secrets are kept out of {@link #toString()}. */
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
    SystemPoolSettings systemPool) {

  public static final String LOCAL_ISSUER = "leaseport-local";

  public boolean usesEmbeddedDatabase() {
    return externalDbUrl.isEmpty();
  }

  public String dbUrl() {
    return externalDbUrl.orElse("jdbc:postgresql://localhost:" + embeddedDbPort + "/leaseport");
  }

  /** A JDBC URL may carry the password as a parameter; it is logged at start-up, so mask it. */
  private String redactedDbUrl() {
    return dbUrl().replaceAll("(?i)([?&;]password=)[^&;]*", "$1***");
  }

  @Override
  public String toString() {
    return "LeaseportSettings[mode="
        + mode
        + ", dataDirectory="
        + dataDirectory
        + ", dbUrl="
        + redactedDbUrl()
        + ", dbUser="
        + dbUser
        + ", dbAdminUser="
        + dbAdminUser
        + ", dbPoolMax="
        + dbPoolMax
        + ", "
        + systemPool
        + ", jwtIssuer="
        + jwtIssuer
        + ", publicUrl="
        + publicUrl
        + ", logFormat="
        + logFormat
        + "]";
  }
}
