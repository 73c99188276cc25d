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
 * once on the empty database, so their migrations race as two new pods' would.
 */
final class TwoReplicas implements AutoCloseable {
  static final int FIRST_PORT = Integer.getInteger("leaseport.replica-a.http.port", 9183);
  static final int SECOND_PORT = Integer.getInteger("leaseport.replica-b.http.port", 9184);
  final ProductionBackends backends;
  final TestIssuer issuer;
  final RunnableJar first;
  final RunnableJar second;

  /** From {@code java -jar} to {@code /health/ready}, for each replica. */
  final Duration firstReadyAfter;

  final Duration secondReadyAfter;

  private TwoReplicas(
      ProductionBackends backends,
      RunnableJar first,
      RunnableJar second,
      Duration firstReadyAfter,
      Duration secondReadyAfter) {
    this.backends = backends;
    this.issuer = backends.issuer;
    this.first = first;
    this.second = second;
    this.firstReadyAfter = firstReadyAfter;
    this.secondReadyAfter = secondReadyAfter;
  }

  static TwoReplicas start() throws Exception {
    ProductionBackends backends = ProductionBackends.start();
    Map<String, String> production = new HashMap<>(backends.environment());
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
      return new TwoReplicas(backends, first, second, firstReady, secondReady);
    } catch (Exception | Error e) {
      new TwoReplicas(backends, first, second, null, null).close();
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
