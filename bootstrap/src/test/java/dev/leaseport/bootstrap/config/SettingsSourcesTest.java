package dev.leaseport.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsSourcesTest {
  @TempDir Path folder;

  @Test
  void theEnvironmentWinsOverDotEnv() throws IOException {
    var source =
        SettingsSources.environmentThenDotEnv(
            Map.of("LEASEPORT_MODE", "production"), dotEnv("LEASEPORT_MODE=local\n"));

    assertThat(source.apply("LEASEPORT_MODE")).contains("production");
  }

  @Test
  void aBlankEnvironmentVariableDoesNotHideTheDotEnvValue() throws IOException {
    var source =
        SettingsSources.environmentThenDotEnv(
            Map.of("LEASEPORT_MODE", "", "LEASEPORT_PUBLIC_URL", " \t"),
            dotEnv("LEASEPORT_MODE=production\nLEASEPORT_PUBLIC_URL=https://app.example.com\n"));

    assertThat(source.apply("LEASEPORT_MODE")).contains("production");
    assertThat(source.apply("LEASEPORT_PUBLIC_URL")).contains("https://app.example.com");
  }

  @Test
  void theListeningAddressIsReadFromTheEnvironmentOnlyBecauseLibertyReadsItThere()
      throws IOException {
    var source =
        SettingsSources.environmentThenDotEnv(
            Map.of(), dotEnv("LEASEPORT_HTTP_HOST=127.0.0.1\nLEASEPORT_MODE=local\n"));

    assertThat(source.apply("LEASEPORT_HTTP_HOST")).isEmpty();
    assertThat(source.apply("LEASEPORT_MODE")).contains("local");
  }

  @Test
  void everyKeyTheServerReadsIsTakenFromTheEnvironmentOnly() throws IOException {
    var source =
        SettingsSources.environmentThenDotEnv(
            Map.of("LEASEPORT_DB_USER", "app"),
            dotEnv("LEASEPORT_DB_URL=jdbc:postgresql://elsewhere/x\nLEASEPORT_DB_USER=other\n"));

    assertThat(source.apply("LEASEPORT_DB_URL")).isEmpty();
    assertThat(source.apply("LEASEPORT_DB_USER")).contains("app");
  }

  @Test
  void aServerKeySetOnlyInDotEnvIsAStartUpProblemNotASilentSplit() throws IOException {
    DotEnvConfigSource dotEnv =
        dotEnv("LEASEPORT_DB_URL=jdbc:postgresql://elsewhere/x\nLEASEPORT_DB_USER=other\n");

    assertThat(SettingsSources.serverKeysOnlyInDotEnv(Map.of("LEASEPORT_DB_USER", "app"), dotEnv))
        .singleElement()
        .asString()
        .startsWith("LEASEPORT_DB_URL is set only in .env");
    assertThat(
            SettingsSources.serverKeysOnlyInDotEnv(
                Map.of("LEASEPORT_DB_URL", "jdbc:postgresql://db/x", "LEASEPORT_DB_USER", "app"),
                dotEnv))
        .isEmpty();
  }

  @Test
  void theServerKeysAreExactlyTheVariablesServerXmlReads() throws IOException {
    String serverXml = Files.readString(Path.of("../server.xml"));
    Set<String> read = new TreeSet<>();
    Matcher variable = Pattern.compile("\\$\\{(LEASEPORT_[A-Z0-9_]+)}").matcher(serverXml);
    while (variable.find()) {
      read.add(variable.group(1));
    }

    assertThat(read).isNotEmpty().containsExactlyInAnyOrderElementsOf(SettingsSources.SERVER_KEYS);
  }

  @Test
  void aKeyInNeitherSourceIsUnset() throws IOException {
    var source = SettingsSources.environmentThenDotEnv(Map.of("A", ""), dotEnv(""));

    assertThat(source.apply("A")).isEmpty();
    assertThat(source.apply("B")).isEmpty();
  }

  private DotEnvConfigSource dotEnv(String content) throws IOException {
    return new DotEnvConfigSource(Files.writeString(folder.resolve(".env"), content));
  }
}
