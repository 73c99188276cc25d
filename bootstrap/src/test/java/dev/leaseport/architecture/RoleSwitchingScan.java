package dev.leaseport.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds source text that switches the database role or sets the request's claims. SQL strings are
 * invisible to ArchUnit, so this reads the files themselves: Java and SQL below the given roots,
 * except in the tier packages ({@code adapters/persistence/tier} and {@code .../system}), the only
 * places allowed to do either.
 */
final class RoleSwitchingScan {
  /** Role switching or claim setting in any source file, SQL or Java. */
  private static final List<Pattern> ANYWHERE =
      List.of(
          Pattern.compile("\\bset\\s+(?:local\\s+|session\\s+)?role\\b", Pattern.CASE_INSENSITIVE),
          Pattern.compile("\\breset\\s+role\\b", Pattern.CASE_INSENSITIVE),
          Pattern.compile("\\bsession\\s+authorization\\b", Pattern.CASE_INSENSITIVE),
          Pattern.compile(
              "set_config\\s*\\(\\s*'(?:role|request\\.jwt\\.claims)'", Pattern.CASE_INSENSITIVE));

  /**
   * In Java also any mention of the claims setting, and {@code set_config} built through jOOQ (its
   * arguments may be anything). SQL functions may still read the claims ({@code auth.jwt()}).
   */
  private static final List<Pattern> IN_JAVA =
      List.of(
          Pattern.compile("request\\.jwt\\.claims", Pattern.CASE_INSENSITIVE),
          Pattern.compile("function\\s*\\(\\s*\"set_config\"", Pattern.CASE_INSENSITIVE));

  private static final List<String> TIER_PACKAGES =
      List.of("adapters/persistence/tier/", "adapters/persistence/system/");

  private RoleSwitchingScan() {}

  /**
   * Every offending line below {@code roots}, as {@code path:line: text}, skipping the tier
   * packages of {@code packageRoot} (a path such as {@code dev/leaseport}).
   */
  static List<String> violations(List<Path> roots, String packageRoot) {
    List<String> found = new ArrayList<>();
    for (Path file : sourceFiles(roots)) {
      String path = file.toString().replace('\\', '/');
      if (TIER_PACKAGES.stream().anyMatch(tier -> path.contains(packageRoot + "/" + tier))) {
        continue;
      }
      List<Pattern> patterns = new ArrayList<>(ANYWHERE);
      if (path.endsWith(".java")) {
        patterns.addAll(IN_JAVA);
      }
      List<String> lines = read(file);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (patterns.stream().anyMatch(p -> p.matcher(line).find())) {
          found.add(path + ":" + (i + 1) + ": " + line.strip());
        }
      }
    }
    return found;
  }

  /** The Java and SQL files below {@code roots}. */
  static List<Path> sourceFiles(List<Path> roots) {
    return roots.stream()
        .filter(Files::isDirectory)
        .flatMap(RoleSwitchingScan::walk)
        .filter(Files::isRegularFile)
        .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
        .sorted()
        .toList();
  }

  /** Every {@code src/main} folder below the repository root, build output skipped. */
  static List<Path> mainSourceRoots(Path repository) {
    try (Stream<Path> paths = Files.walk(repository)) {
      return paths
          .filter(Files::isDirectory)
          .filter(p -> p.endsWith(Path.of("src", "main")))
          .filter(p -> !repository.relativize(p).toString().contains("target"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<Path> walk(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
