package dev.leaseport.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
  private final LaunchedServer launched;
  private final Path log;
  final String baseUrl;

  private ProductionServer(LaunchedServer launched, Path log) {
    this.launched = launched;
    this.log = log;
    this.baseUrl = launched.baseUrl;
  }

  static ProductionServer start(int port, Map<String, String> environment) throws Exception {
    Path log = Files.createTempFile("leaseport-prod-it", ".log");
    ProductionServer server =
        new ProductionServer(
            LaunchedServer.launch(
                NAME, new ProcessBuilder(server(), "run", NAME), port, environment, log),
            log);
    server.launched.awaitReady();
    return server;
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
    launched.awaitExit(Duration.ofSeconds(30));
    Files.deleteIfExists(log);
  }

  private static String server() {
    return WLP.resolve("bin/server").toAbsolutePath().toString();
  }
}
