package dev.leaseport.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The packaged {@code target/leaseport.jar} started as a user starts it, {@code java -jar}, with
 * settings from the environment only. Liberty unpacks the JAR before it starts (into the user's
 * home by default); here each start unpacks into its own folder under {@code target/}, also its
 * working directory, and that folder is removed when the server has stopped.
 */
final class RunnableJar implements AutoCloseable {
  static final Path JAR = Path.of("target/leaseport.jar");
  private final LaunchedServer launched;
  private final Path folder;
  final String baseUrl;

  private RunnableJar(LaunchedServer launched, Path folder) {
    this.launched = launched;
    this.folder = folder;
    this.baseUrl = launched.baseUrl;
  }

  /** Launches the JAR on 127.0.0.1:{@code port}; does not wait for it (see {@link #awaitReady}). */
  static RunnableJar launch(String name, int port, Map<String, String> settings)
      throws IOException {
    Path folder = Path.of("target/runnable-jar", name).toAbsolutePath();
    deleteRecursively(folder);
    Files.createDirectories(folder);
    Map<String, String> environment = new HashMap<>(settings);
    environment.put("LEASEPORT_HTTP_HOST", "127.0.0.1");
    environment.put("LEASEPORT_HTTP_PORT", Integer.toString(port));
    environment.put("LEASEPORT_ENV_FILE", "no-env-file");
    environment.put("WLP_JAR_EXTRACT_DIR", folder.resolve("extracted").toString());
    ProcessBuilder java =
        new ProcessBuilder(javaCommand(), "-jar", JAR.toAbsolutePath().toString())
            .directory(folder.toFile());
    return new RunnableJar(
        LaunchedServer.launch(name, java, port, environment, folder.resolve("output.log")), folder);
  }

  /** Waits until the server is ready; returns the time from {@code java -jar} to ready. */
  Duration awaitReady() throws Exception {
    return launched.awaitReady();
  }

  /** A JSON request to this server with {@code token} as its bearer token. */
  RequestSpecification as(String token) {
    return given()
        .baseUri(baseUrl)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON)
        .header("Authorization", "Bearer " + token);
  }

  @Override
  public void close() throws Exception {
    launched.terminate(Duration.ofSeconds(60));
    // The server's output stays in target/ for a failed run to be read; the unpacked server goes.
    deleteRecursively(folder.resolve("extracted"));
  }

  /** The JDK running the build runs the JAR too, so the build's Java version is the one tested. */
  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
