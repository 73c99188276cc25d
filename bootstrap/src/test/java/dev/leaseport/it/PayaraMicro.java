package dev.leaseport.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The packaged WAR, unchanged, on Payara Micro (a second Jakarta EE 10 + MicroProfile runtime),
 * configured as the README's Payara section tells an operator to: the two JNDI names by post-boot
 * commands ({@code src/main/payara}), the driver added as a library, HTTP and the data grid bound
 * to loopback. It never clusters ({@code --nocluster}) and never calls out ({@code
 * --disablephonehome}).
 */
final class PayaraMicro implements AutoCloseable {
  static final Path JAR = Path.of("target/payara/payara-micro.jar");
  private static final Path WAR = Path.of("target/leaseport.war");
  private static final Path DRIVER = Path.of("target/container/postgresql.jar");
  private static final Path COMMANDS = Path.of("src/main/payara");
  private final LaunchedServer launched;
  final Path log;
  final String baseUrl;

  private PayaraMicro(LaunchedServer launched, Path log) {
    this.launched = launched;
    this.log = log;
    this.baseUrl = launched.baseUrl;
  }

  /** Launches Payara Micro on 127.0.0.1:{@code port}; does not wait (see {@link #awaitReady}). */
  static PayaraMicro launch(int port, Map<String, String> settings) throws IOException {
    Path folder = Path.of("target/payara/run").toAbsolutePath();
    deleteRecursively(folder);
    Files.createDirectories(folder);
    Map<String, String> environment = new HashMap<>(settings);
    environment.put("LEASEPORT_HTTP_HOST", "127.0.0.1");
    environment.put("LEASEPORT_HTTP_PORT", Integer.toString(port));
    environment.put("LEASEPORT_ENV_FILE", "no-env-file");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            // Hazelcast binds every interface unless told to keep to the configured one.
            "-Dhazelcast.socket.bind.any=false",
            "-jar",
            absolute(JAR),
            "--nocluster",
            "--disablephonehome",
            "--rootdir",
            folder.resolve("root").toString(),
            "--port",
            Integer.toString(port),
            "--contextroot",
            "/",
            "--addlibs",
            absolute(DRIVER),
            "--prebootcommandfile",
            absolute(COMMANDS.resolve("pre-boot-commands.asadmin")),
            "--postbootcommandfile",
            absolute(COMMANDS.resolve("post-boot-commands.asadmin")),
            "--deploy",
            absolute(WAR));
    Path log = folder.resolve("output.log");
    ProcessBuilder java = new ProcessBuilder(command).directory(folder.toFile());
    return new PayaraMicro(
        LaunchedServer.launch("payara-micro", java, port, environment, log), log);
  }

  /** Waits until the server is ready; returns the time from launch to ready. */
  Duration awaitReady() throws Exception {
    return launched.awaitReady();
  }

  /** The Payara Micro process's id. */
  long pid() {
    return launched.pid();
  }

  String output() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() throws Exception {
    launched.terminate(Duration.ofSeconds(60));
  }

  private static String absolute(Path path) {
    return path.toAbsolutePath().toString();
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
