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

  static String walkthrough() throws IOException {
    String readme = Files.readString(Path.of(System.getProperty("leaseport.readme")));
    int marker = readme.indexOf(MARKER);
    assertThat(marker).as("README has a walkthrough marker").isPositive();
    int start = readme.indexOf("```bash\n", marker) + "```bash\n".length();
    int end = readme.indexOf("```", start);
    return readme.substring(start, end);
  }
}
