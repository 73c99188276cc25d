package dev.leaseport.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
            Map.of("LEASEPORT_MODE", "", "LEASEPORT_DB_URL", " \t"),
            dotEnv("LEASEPORT_MODE=production\nLEASEPORT_DB_URL=jdbc:postgresql://db/x\n"));

    assertThat(source.apply("LEASEPORT_MODE")).contains("production");
    assertThat(source.apply("LEASEPORT_DB_URL")).contains("jdbc:postgresql://db/x");
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
  void aKeyInNeitherSourceIsUnset() throws IOException {
    var source = SettingsSources.environmentThenDotEnv(Map.of("A", ""), dotEnv(""));

    assertThat(source.apply("A")).isEmpty();
    assertThat(source.apply("B")).isEmpty();
  }

  private DotEnvConfigSource dotEnv(String content) throws IOException {
    return new DotEnvConfigSource(Files.writeString(folder.resolve(".env"), content));
  }
}
