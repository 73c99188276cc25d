package dev.leaseport.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds main-code packages without a {@code package-info.java}, on the source tree rather than on
 * classes: javac writes no {@code package-info.class} for a package-info with only a comment unless
 * the build asks for it, so the class files are not a reliable witness.
 */
final class PackageDocumentation {
  /** Generated from the database at build time; never hand-documented. */
  static final String GENERATED_JOOQ = "dev/leaseport/adapters/persistence/jooq";

  private PackageDocumentation() {}

  /** Every {@code src/main/java} folder below the repository root, build output skipped. */
  static List<Path> sourceRoots(Path repository) {
    try (Stream<Path> paths = Files.walk(repository)) {
      return paths
          .filter(Files::isDirectory)
          .filter(p -> p.endsWith(Path.of("src", "main", "java")))
          .filter(p -> !repository.relativize(p).toString().contains("target"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The package folders (holding {@code .java} files) below the given source roots. */
  static List<Path> packages(List<Path> sourceRoots) {
    return sourceRoots.stream().flatMap(PackageDocumentation::packagesOf).sorted().toList();
  }

  static List<Path> undocumented(List<Path> packages) {
    return packages.stream()
        .filter(p -> !Files.isRegularFile(p.resolve("package-info.java")))
        .toList();
  }

  private static Stream<Path> packagesOf(Path sourceRoot) {
    try (Stream<Path> paths = Files.walk(sourceRoot)) {
      return paths
          .filter(Files::isDirectory)
          .filter(
              p ->
                  !sourceRoot
                      .relativize(p)
                      .toString()
                      .replace('\\', '/')
                      .startsWith(GENERATED_JOOQ))
          .filter(PackageDocumentation::holdsJavaFiles)
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean holdsJavaFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
