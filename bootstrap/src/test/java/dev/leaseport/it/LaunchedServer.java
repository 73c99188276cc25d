package dev.leaseport.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Leaseport server process a test launched itself (not through Arquillian): started with only the
 * settings the test gives, ready once {@code /health/ready} answers 200 on 127.0.0.1.
 */
final class LaunchedServer {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  private final String name;
  private final Process process;
  private final Path log;
  private final long launchedAt;
  final String baseUrl;

  private LaunchedServer(String name, Process process, Path log, long launchedAt, int port) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.launchedAt = launchedAt;
    this.baseUrl = "http://127.0.0.1:" + port;
  }

  /**
   * Starts {@code builder} with no Leaseport or Stripe setting inherited from the build's own
   * environment, only {@code environment}; output goes to {@code log}. Returns at once: call {@link
   * #awaitReady()} (several servers may start side by side meanwhile).
   */
  static LaunchedServer launch(
      String name, ProcessBuilder builder, int port, Map<String, String> environment, Path log)
      throws IOException {
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("LEASEPORT_") || k.startsWith("STRIPE_"));
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    long launchedAt = System.nanoTime();
    return new LaunchedServer(name, builder.start(), log, launchedAt, port);
  }

  /** Waits for readiness; returns the time from launch to the first ready answer. */
  Duration awaitReady() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = launchedAt + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped:\n" + output());
      }
      try {
        HttpResponse<String> ready =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return Duration.ofNanos(System.nanoTime() - launchedAt);
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(name + " never got ready:\n" + output());
  }

  /** The operating system's id of the launched process. */
  long pid() {
    return process.pid();
  }

  /** The last lines the server wrote, for a failure message. */
  String output() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
  }

  /** Waits for the process to end after it was asked to stop; kills it if it does not. */
  void awaitExit(Duration grace) throws InterruptedException {
    if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** Asks the process to stop as Ctrl-C would (SIGTERM: Liberty's shutdown hook stops it). */
  void terminate(Duration grace) throws InterruptedException {
    process.destroy();
    awaitExit(grace);
  }
}
