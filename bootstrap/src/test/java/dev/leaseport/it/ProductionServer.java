package dev.leaseport.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The second Liberty server of the integration tests, {@code leaseport-prod-it}, created with the
 * WAR in pre-integration-test and launched here with production settings that only exist at run
 * time (the database's and the issuer's ports).
 */
final class ProductionServer implements AutoCloseable {
  static final String NAME = "leaseport-prod-it";
  private static final Path WLP = Path.of("target/liberty/wlp");
  private final Process process;
  private final Path log;
  final String baseUrl;

  private ProductionServer(Process process, Path log, String baseUrl) {
    this.process = process;
    this.log = log;
    this.baseUrl = baseUrl;
  }

  static ProductionServer start(int port, Map<String, String> environment) throws Exception {
    Path log = Files.createTempFile("leaseport-prod-it", ".log");
    ProcessBuilder builder = new ProcessBuilder(server(), "run", NAME);
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("LEASEPORT_") || k.startsWith("STRIPE_"));
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    ProductionServer server =
        new ProductionServer(builder.start(), log, "http://127.0.0.1:" + port);
    server.awaitReady(Duration.ofSeconds(180));
    return server;
  }

  private void awaitReady(Duration timeout) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The production-mode server stopped:\n" + output());
      }
      try {
        HttpResponse<String> ready =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("The production-mode server never got ready:\n" + output());
  }

  String output() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
  }

  @Override
  public void close() throws Exception {
    Process stop =
        new ProcessBuilder(server(), "stop", NAME)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!stop.waitFor(60, TimeUnit.SECONDS)) {
      stop.destroyForcibly();
    }
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    Files.deleteIfExists(log);
  }

  private static String server() {
    return WLP.resolve("bin/server").toAbsolutePath().toString();
  }
}
