package dev.leaseport.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The application and the run command read {@code .env} by one grammar: both readers meet the same
 * fixture and must produce the same expected result.
 */
class DotEnvGrammarTest {
  private static final Path SCRIPT = Path.of("../scripts/dotenv.sh").toAbsolutePath().normalize();
  private static final String LOADED = "==loaded==";

  @Test
  void theApplicationReadsTheSharedFixtureAsExpected() throws Exception {
    DotEnvConfigSource source = new DotEnvConfigSource(resource("grammar.env"));

    Map<String, String> read = new LinkedHashMap<>();
    source.getPropertyNames().forEach(name -> read.put(name, source.getValue(name)));

    assertThat(read).containsExactlyInAnyOrderEntriesOf(expected());
  }

  @Test
  void theRunCommandReadsTheSharedFixtureTheSameWay() throws Exception {
    assertThat(shell("load_dotenv", Map.of())).containsExactlyInAnyOrderEntriesOf(expected());
  }

  @Test
  void theRunCommandLetsTheEnvironmentWinUnlessItIsBlank() throws Exception {
    Map<String, String> changed =
        shell("load_dotenv", Map.of("PLAIN", "from the environment", "DUPLICATE", " "));

    assertThat(changed).doesNotContainKey("PLAIN").containsEntry("DUPLICATE", "second");
  }

  @Test
  void theRunCommandUnsetsBlankLeaseportAndStripeVariablesSoServerXmlDefaultsApply()
      throws Exception {
    Map<String, String> environment =
        Map.of("LEASEPORT_MODE", "", "STRIPE_SECRET_KEY", " \t", "LEASEPORT_HTTP_PORT", "9080");

    Map<String, String> after = shellEnvironment("unset_blank_settings", environment);

    assertThat(after)
        .doesNotContainKeys("LEASEPORT_MODE", "STRIPE_SECRET_KEY")
        .containsEntry("LEASEPORT_HTTP_PORT", "9080");
  }

  /** The variables the shell function set or changed, given a clean starting environment. */
  private static Map<String, String> shell(String function, Map<String, String> environment)
      throws Exception {
    String output = run(function, environment);
    Map<String, String> before = variables(output.substring(0, output.indexOf(LOADED)));
    Map<String, String> after =
        variables(output.substring(output.indexOf(LOADED) + LOADED.length()));
    Map<String, String> changed = new HashMap<>();
    after.forEach(
        (name, value) -> {
          if (!name.equals("_") && !name.equals("SHLVL") && !value.equals(before.get(name))) {
            changed.put(name, value);
          }
        });
    return changed;
  }

  private static Map<String, String> shellEnvironment(
      String function, Map<String, String> environment) throws Exception {
    String output = run(function, environment);
    return variables(output.substring(output.indexOf(LOADED) + LOADED.length()));
  }

  /** Runs the function under run.sh's own strictness and prints the environment around it. */
  private static String run(String function, Map<String, String> environment) throws Exception {
    assertThat(SCRIPT).isRegularFile();
    ProcessBuilder builder =
        new ProcessBuilder(
            "bash",
            "--noprofile",
            "--norc",
            "-c",
            "set -euo pipefail; source \"$1\"; env -0; printf '"
                + LOADED
                + "'; "
                + function
                + " \"$2\"; env -0",
            "bash",
            SCRIPT.toString(),
            resource("grammar.env").toString());
    builder.environment().clear();
    builder.environment().put("PATH", "/usr/local/bin:/usr/bin:/bin");
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String text = new String(output, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(text).isZero();
    return text;
  }

  private static Map<String, String> variables(String nulSeparated) {
    Map<String, String> variables = new HashMap<>();
    for (String entry : nulSeparated.split("\0")) {
      int equals = entry.indexOf('=');
      if (equals > 0) {
        variables.put(entry.substring(0, equals), entry.substring(equals + 1));
      }
    }
    return variables;
  }

  private static Map<String, String> expected() throws IOException, URISyntaxException {
    Map<String, String> expected = new LinkedHashMap<>();
    for (String line : Files.readAllLines(resource("grammar.expected"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("#")) {
        expected.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
      }
    }
    return expected;
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(DotEnvGrammarTest.class.getResource("/dotenv/" + name).toURI());
  }
}
