package dev.leaseport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The integration server's own log, read by the tests that must leave no trace in it: the
 * unexpected-error mapper logs the request id of every 500 it answers, with its stack trace.
 */
final class ServerLog {
  private static final Path MESSAGES =
      Path.of("target/liberty/wlp/usr/servers/leaseport-it/logs/messages.log");

  private ServerLog() {}

  /** For a request already answered: its log lines, if any, are written by now. */
  static void assertNothingLoggedFor(String requestId) {
    assertNothingLoggedWithin(requestId, 300);
  }

  /** Keeps looking for {@code millis}, for a request the server may still be handling. */
  static void assertNothingLoggedWithin(String requestId, long millis) {
    assertThat(MESSAGES).as("the server log").exists();
    long deadline = System.currentTimeMillis() + millis;
    do {
      assertThat(linesMentioning(requestId))
          .as("server log lines for request " + requestId)
          .isEmpty();
      pause();
    } while (System.currentTimeMillis() < deadline);
  }

  private static java.util.List<String> linesMentioning(String requestId) {
    try {
      return Files.readAllLines(MESSAGES, StandardCharsets.ISO_8859_1).stream()
          .filter(line -> line.contains(requestId))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
