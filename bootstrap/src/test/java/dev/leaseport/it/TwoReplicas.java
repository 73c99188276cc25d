package dev.leaseport.it;

import dev.leaseport.adapters.persistence.database.DatabaseProvisioner;
import dev.leaseport.adapters.persistence.database.EmbeddedDatabase;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * What a deployment with two replicas behind a load balancer is, on this machine: two
 * production-mode Leaseport servers, each started from the runnable JAR, on one PostgreSQL
 * (provisioned with real passwords, as an operator would) and trusting one issuer. Both start at
 * once on the empty database, so their migrations race as two new pods' would.
 */
final class TwoReplicas implements AutoCloseable {
  static final int FIRST_PORT = Integer.getInteger("leaseport.replica-a.http.port", 9183);
  static final int SECOND_PORT = Integer.getInteger("leaseport.replica-b.http.port", 9184);
  final EmbeddedDatabase database;
  final TestIssuer issuer;
  final RunnableJar first;
  final RunnableJar second;

  /** From {@code java -jar} to {@code /health/ready}, for each replica. */
  final Duration firstReadyAfter;

  final Duration secondReadyAfter;

  private TwoReplicas(
      EmbeddedDatabase database,
      TestIssuer issuer,
      RunnableJar first,
      RunnableJar second,
      Duration firstReadyAfter,
      Duration secondReadyAfter) {
    this.database = database;
    this.issuer = issuer;
    this.first = first;
    this.second = second;
    this.firstReadyAfter = firstReadyAfter;
    this.secondReadyAfter = secondReadyAfter;
  }

  static TwoReplicas start() throws Exception {
    String adminPassword = "owner-" + UUID.randomUUID();
    String requestPassword = "authenticator-" + UUID.randomUUID();
    String systemPassword = "system-authenticator-" + UUID.randomUUID();
    EmbeddedDatabase database = EmbeddedDatabase.startTemporary();
    DatabaseProvisioner.provision(
        database.jdbcUrl("postgres"),
        EmbeddedDatabase.SUPERUSER,
        "",
        "leaseport",
        adminPassword,
        requestPassword,
        systemPassword);
    TestIssuer issuer = TestIssuer.start();
    Map<String, String> production =
        Map.of(
            "LEASEPORT_MODE",
            "production",
            "LEASEPORT_DB_URL",
            database.jdbcUrl("leaseport"),
            "LEASEPORT_DB_PASSWORD",
            requestPassword,
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
    RunnableJar first = RunnableJar.launch("replica-a", FIRST_PORT, production);
    RunnableJar second = RunnableJar.launch("replica-b", SECOND_PORT, production);
    try {
      Duration firstReady = first.awaitReady();
      Duration secondReady = second.awaitReady();
      System.out.printf(
          "Runnable JAR (%d bytes): replica-a ready %d ms after java -jar, replica-b %d ms"
              + " (started side by side)%n",
          Files.size(RunnableJar.JAR), firstReady.toMillis(), secondReady.toMillis());
      return new TwoReplicas(database, issuer, first, second, firstReady, secondReady);
    } catch (Exception | Error e) {
      new TwoReplicas(database, issuer, first, second, null, null).close();
      throw e;
    }
  }

  @Override
  public void close() throws Exception {
    try (AutoCloseable db = database;
        AutoCloseable jwks = issuer;
        AutoCloseable a = first;
        AutoCloseable b = second) {
      // closed in reverse order: the replicas, then the issuer, then the database
    }
  }
}
