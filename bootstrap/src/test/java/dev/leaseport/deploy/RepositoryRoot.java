package dev.leaseport.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root folder, found from wherever the build runs the tests. */
final class RepositoryRoot {
  private RepositoryRoot() {}

  static Path path() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("server.xml")) && Files.exists(dir.resolve(".env.example"))) {
        return dir;
      }
    }
    throw new IllegalStateException("No repository root (server.xml, .env.example) above here");
  }

  static Path resolve(String relative) {
    return path().resolve(relative);
  }
}
