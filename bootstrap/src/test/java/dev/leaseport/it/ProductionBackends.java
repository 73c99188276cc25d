package dev.leaseport.it;

import dev.leaseport.adapters.persistence.database.DatabaseProvisioner;
import dev.leaseport.adapters.persistence.database.EmbeddedDatabase;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a production-mode server needs around it, made afresh for a test: a throw-away PostgreSQL
 * provisioned as an operator would (the three logins with real passwords) and a token issuer on
 * loopback, with the environment that points a server at both.
 */
final class ProductionBackends implements AutoCloseable {
  final EmbeddedDatabase database;
  final TestIssuer issuer;
  final String requestPassword = "authenticator-" + UUID.randomUUID();
  final String systemPassword = "system-authenticator-" + UUID.randomUUID();
  private final String adminPassword = "owner-" + UUID.randomUUID();

  private ProductionBackends() throws Exception {
    database = EmbeddedDatabase.startTemporary();
    try {
      DatabaseProvisioner.provision(
          database.jdbcUrl("postgres"),
          EmbeddedDatabase.SUPERUSER,
          "",
          "leaseport",
          adminPassword,
          requestPassword,
          systemPassword);
      issuer = TestIssuer.start();
    } catch (Exception | Error e) {
      database.close();
      throw e;
    }
  }

  static ProductionBackends start() throws Exception {
    return new ProductionBackends();
  }

  /** The production settings of a server using these backends. */
  Map<String, String> environment() {
    Map<String, String> environment = new HashMap<>(production());
    // The tests send many requests without a token from 127.0.0.1; RateLimitsIT sets small limits.
    environment.put("LEASEPORT_RATE_LIMIT_ANONYMOUS", "100000/1m");
    return Map.copyOf(environment);
  }

  private Map<String, String> production() {
    return Map.of(
        "LEASEPORT_MODE",
        "production",
        "LEASEPORT_DB_URL",
        database.jdbcUrl("leaseport"),
        "LEASEPORT_DB_USER",
        "authenticator",
        "LEASEPORT_DB_PASSWORD",
        requestPassword,
        "LEASEPORT_DB_SYSTEM_USER",
        "system_authenticator",
        "LEASEPORT_DB_SYSTEM_PASSWORD",
        systemPassword,
        "LEASEPORT_DB_ADMIN_PASSWORD",
        adminPassword,
        "LEASEPORT_JWT_ISSUER",
        TestIssuer.ISSUER,
        "LEASEPORT_JWT_JWKS_URL",
        issuer.jwksUrl(),
        "LEASEPORT_JWT_AUDIENCE",
        TestIssuer.AUDIENCE);
  }

  @Override
  public void close() throws Exception {
    try (AutoCloseable db = database;
        AutoCloseable jwks = issuer) {
      // closed in reverse order: the issuer, then the database
    }
  }
}
