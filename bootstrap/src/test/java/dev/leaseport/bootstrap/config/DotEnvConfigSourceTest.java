package dev.leaseport.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotEnvConfigSourceTest {
  @TempDir Path folder;

  @Test
  void keysAndValuesAreReadWithSurroundingSpaceTrimmed() throws IOException {
    DotEnvConfigSource source = source("LEASEPORT_MODE=local\n  LEASEPORT_DB_POOL_MAX = 5  \n");

    assertThat(source.getValue("LEASEPORT_MODE")).isEqualTo("local");
    assertThat(source.getValue("LEASEPORT_DB_POOL_MAX")).isEqualTo("5");
  }

  @Test
  void commentsAndBlankLinesAreSkipped() throws IOException {
    DotEnvConfigSource source = source("# a comment\n\n   \n  # LEASEPORT_MODE=production\nA=1\n");

    assertThat(source.getPropertyNames()).containsExactly("A");
  }

  @Test
  void anExportPrefixIsIgnored() throws IOException {
    assertThat(source("export LEASEPORT_LOG_FORMAT=json\n").getValue("LEASEPORT_LOG_FORMAT"))
        .isEqualTo("json");
  }

  @Test
  void doubleAndSingleQuotesAroundAValueAreRemoved() throws IOException {
    DotEnvConfigSource source =
        source("A=\"with spaces # and hash\"\nB='single'\nC=\"unbalanced\n");

    assertThat(source.getValue("A")).isEqualTo("with spaces # and hash");
    assertThat(source.getValue("B")).isEqualTo("single");
    assertThat(source.getValue("C")).isEqualTo("\"unbalanced");
  }

  @Test
  void aValueMayContainEqualsSigns() throws IOException {
    assertThat(
            source("LEASEPORT_DB_URL=jdbc:postgresql://db/x?ssl=true\n")
                .getValue("LEASEPORT_DB_URL"))
        .isEqualTo("jdbc:postgresql://db/x?ssl=true");
  }

  @Test
  void linesWithoutAKeyAreIgnored() throws IOException {
    assertThat(source("=value\nnot a pair\nA=1\n").getPropertyNames()).containsExactly("A");
  }

  @Test
  void aMissingFileIsAnEmptySource() {
    DotEnvConfigSource source = new DotEnvConfigSource(folder.resolve("absent.env"));

    assertThat(source.getPropertyNames()).isEmpty();
  }

  @Test
  void theFileRanksBelowTheEnvironment() throws IOException {
    assertThat(source("A=1").getOrdinal()).isLessThan(300);
  }

  private DotEnvConfigSource source(String content) throws IOException {
    Path file = Files.writeString(folder.resolve(".env"), content);
    return new DotEnvConfigSource(file);
  }
}
