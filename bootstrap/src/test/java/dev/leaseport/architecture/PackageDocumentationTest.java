package dev.leaseport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageDocumentationTest {
  /** Surefire runs in the bootstrap module; the repository is its parent. */
  private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

  @Test
  void everyMainPackageOfEveryModuleHasAPackageInfo() {
    List<Path> roots = PackageDocumentation.sourceRoots(REPOSITORY);
    List<Path> packages = PackageDocumentation.packages(roots);

    assertThat(roots)
        .extracting(root -> REPOSITORY.relativize(root).toString().replace('\\', '/'))
        .contains(
            "domain/src/main/java",
            "application/src/main/java",
            "adapters/persistence/src/main/java",
            "adapters/rest/src/main/java",
            "bootstrap/src/main/java");
    assertThat(packages).hasSizeGreaterThan(25);
    assertThat(PackageDocumentation.undocumented(packages)).isEmpty();
  }

  @Test
  void aPackageWithoutPackageInfoIsReported(@TempDir Path repository) throws IOException {
    Path documented = write(repository, "shop/src/main/java/dev/leaseport/shop/package-info.java");
    write(repository, "shop/src/main/java/dev/leaseport/shop/Basket.java");
    Path bare = write(repository, "shop/src/main/java/dev/leaseport/shop/till/Till.java");

    List<Path> packages =
        PackageDocumentation.packages(PackageDocumentation.sourceRoots(repository));

    assertThat(packages).containsExactly(documented.getParent(), bare.getParent());
    assertThat(PackageDocumentation.undocumented(packages)).containsExactly(bare.getParent());
  }

  @Test
  void generatedJooqCodeAndBuildOutputAreNotChecked(@TempDir Path repository) throws IOException {
    write(repository, "db/src/main/java/dev/leaseport/adapters/persistence/jooq/tables/Units.java");
    write(repository, "db/target/src/main/java/dev/leaseport/copy/Copy.java");

    List<Path> packages =
        PackageDocumentation.packages(PackageDocumentation.sourceRoots(repository));

    assertThat(packages).isEmpty();
  }

  private static Path write(Path repository, String file) throws IOException {
    Path path = repository.resolve(file);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, "// fixture\n");
  }
}
