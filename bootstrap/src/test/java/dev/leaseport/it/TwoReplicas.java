package dev.leaseport.it;

import dev.leaseport.domain.testdata.StripeEventTestData;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What a deployment with two replicas behind a load balancer is, on this machine: two
 * production-mode Leaseport servers, each started from the runnable JAR, on one PostgreSQL
 * (provisioned with real passwords, as an operator would) and trusting one issuer. Both start at
 * once on the empty database, so their migrations race as two new pods' would, and both run the
 * same scheduled jobs (test job functions, see {@link ItJobFunctions}) from their start.
 */
final class TwoReplicas implements AutoCloseable {
  static final int FIRST_PORT = Integer.getInteger("leaseport.replica-a.http.port", 9183);
  static final int SECOND_PORT = Integer.getInteger("leaseport.replica-b.http.port", 9184);
  final ProductionBackends backends;
  final TestIssuer issuer;

  /** The job functions both replicas run, in their one database. */
  final ItJobFunctions jobFunctions;

  final RunnableJar first;
  final RunnableJar second;

  /** From {@code java -jar} to {@code /health/ready}, for each replica. */
  final Duration firstReadyAfter;

  final Duration secondReadyAfter;

  private TwoReplicas(
      ProductionBackends backends,
      ItJobFunctions jobFunctions,
      RunnableJar first,
      RunnableJar second,
      Duration firstReadyAfter,
      Duration secondReadyAfter) {
    this.backends = backends;
    this.issuer = backends.issuer;
    this.jobFunctions = jobFunctions;
    this.first = first;
    this.second = second;
    this.firstReadyAfter = firstReadyAfter;
    this.secondReadyAfter = secondReadyAfter;
  }

  static TwoReplicas start() throws Exception {
    ProductionBackends backends = ProductionBackends.start();
    // Both replicas run the test's jobs on schedule from midnight UTC, so from their start.
    ItJobFunctions jobFunctions = ItJobFunctions.createIn(backends.database.jdbcUrl("leaseport"));
    Map<String, String> production = new HashMap<>(backends.environment());
    production.put(
        "LEASEPORT_JOBS_EXTRA", ItJobFunctions.RECORD_EFFECT + "=jobs_test.record_effect");
    production.put("LEASEPORT_JOBS_DAILY_AT", "00:00");
    // Both replicas take Stripe's Connect events, to show each is applied once across servers.
    production.put("STRIPE_CONNECT_WEBHOOK_SECRET", StripeEventTestData.CONNECT_SECRET);
    RunnableJar first = RunnableJar.launch("replica-a", FIRST_PORT, production);
    RunnableJar second = RunnableJar.launch("replica-b", SECOND_PORT, production);
    try {
      Duration firstReady = first.awaitReady();
      Duration secondReady = second.awaitReady();
      System.out.printf(
          "Runnable JAR (%d bytes): replica-a ready %d ms after java -jar, replica-b %d ms"
              + " (started side by side)%n",
          Files.size(RunnableJar.JAR), firstReady.toMillis(), secondReady.toMillis());
      return new TwoReplicas(backends, jobFunctions, first, second, firstReady, secondReady);
    } catch (Exception | Error e) {
      new TwoReplicas(backends, jobFunctions, first, second, null, null).close();
      throw e;
    }
  }

  @Override
  public void close() throws Exception {
    try (AutoCloseable around = backends;
        AutoCloseable a = first;
        AutoCloseable b = second) {
      // closed in reverse order: the replicas, then their database and issuer
    }
  }
}
