package dev.leaseport.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code .dockerignore} of the build context (podman and docker both read it), for the patterns
 * this repository uses: a name or folder, {@code *} for everything, {@code !} to take a path back
 * in; the last pattern that matches decides.
 */
record BuildContextIgnore(List<String> patterns) {

  static BuildContextIgnore read(Path file) {
    try {
      return new BuildContextIgnore(
          Files.readAllLines(file).stream()
              .map(String::strip)
              .filter(line -> !line.isEmpty() && !line.startsWith("#"))
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean sends(String path) {
    boolean sent = true;
    for (String pattern : patterns) {
      boolean include = pattern.startsWith("!");
      String body = stripSlashes(include ? pattern.substring(1) : pattern);
      if (body.equals("*") || path.equals(body) || path.startsWith(body + "/")) {
        sent = include;
      }
    }
    return sent;
  }

  private static String stripSlashes(String pattern) {
    String body = pattern.startsWith("/") ? pattern.substring(1) : pattern;
    return body.endsWith("/") ? body.substring(0, body.length() - 1) : body;
  }
}
