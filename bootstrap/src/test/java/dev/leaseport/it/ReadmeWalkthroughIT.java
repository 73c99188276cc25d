package dev.leaseport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the README's "First requests" block exactly as written (only the port differs) against the
 * packaged server, so the documentation cannot drift from the API.
 */
@ExtendWith(ArquillianExtension.class)
class ReadmeWalkthroughIT {
  private static final String MARKER = "<!-- walkthrough -->";
  private static final String MAINTENANCE_MARKER = "<!-- maintenance walkthrough -->";

  @Test
  void theReadmeWalkthroughWorksAsWritten() throws Exception {
    String script = walkthrough().replace("http://localhost:9080", Api.BASE);
    Process bash =
        new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
            .redirectErrorStream(true)
            .start();
    assertThat(bash.waitFor(60, TimeUnit.SECONDS)).as("walkthrough finished").isTrue();
    String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(bash.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("\"email\":\"owner@example.com\"")
        .contains("\"unitNumber\":\"1A\"")
        .contains("\"unitCount\":1")
        .contains("\"total\":")
        .contains("\"code\":\"not-found\"")
        .contains("\"acceptedAt\":")
        .contains("\"type\":\"INVITATION_ACCEPTED\"")
        .contains("\"status\":\"PENDING_SIGNATURE\"");
    String lastLine = output.strip().lines().reduce((first, second) -> second).orElseThrow();
    assertThat(lastLine)
        .as("the renter reads the lease they signed")
        .contains("\"status\":\"ACTIVE\"")
        .contains("\"party\":\"OWNER\"")
        .contains("\"party\":\"TENANT\"");
  }

  /**
   * The maintenance story continues the first block in the same shell, so both run together. The
   * first block names its renter by the second ({@code date +%s}) under one owner: the pauses keep
   * this run and the other test's a second apart, whichever runs first.
   */
  @Test
  void theReadmeMaintenanceStoryWorksAsWritten() throws Exception {
    String script =
        (walkthrough() + "\n" + block(MAINTENANCE_MARKER))
            .replace("http://localhost:9080", Api.BASE);
    Thread.sleep(1100);
    Process bash =
        new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
            .redirectErrorStream(true)
            .start();
    assertThat(bash.waitFor(60, TimeUnit.SECONDS)).as("walkthrough finished").isTrue();
    String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Thread.sleep(1100);

    assertThat(bash.exitValue()).as(output).isZero();
    assertThat(output).contains("\"status\":\"IN_PROGRESS\"").contains("\"completedAt\":\"");
    String lastLine = output.strip().lines().reduce((first, second) -> second).orElseThrow();
    assertThat(lastLine)
        .as("the renter reads the history of the completed repair")
        .contains("\"total\":3")
        .contains("\"note\":\"Plumber booked\"")
        .contains("\"toStatus\":\"COMPLETED\"");
  }

  static String walkthrough() throws IOException {
    return block(MARKER);
  }

  private static String block(String marker) throws IOException {
    String readme = Files.readString(Path.of(System.getProperty("leaseport.readme")));
    int start = readme.indexOf(marker);
    assertThat(start).as("README has the marker " + marker).isPositive();
    return fenced(readme, start);
  }

  private static String fenced(String readme, int marker) {
    int start = readme.indexOf("```bash\n", marker) + "```bash\n".length();
    int end = readme.indexOf("```", start);
    return readme.substring(start, end);
  }
}
