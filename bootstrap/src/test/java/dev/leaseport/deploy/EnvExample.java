package dev.leaseport.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The keys {@code .env.example} documents: every setting an operator can give the server. */
final class EnvExample {
  private static final Pattern ASSIGNMENT =
      Pattern.compile("^(?:export\\s+)?([A-Z][A-Z0-9_]*)=", Pattern.MULTILINE);

  /** Names whose values must never sit in plain configuration or in an image. */
  static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|SECRET|_KEY$|TOKEN");

  private EnvExample() {}

  static List<String> keys() {
    try {
      String text = Files.readString(RepositoryRoot.resolve(".env.example"));
      Matcher matcher = ASSIGNMENT.matcher(text);
      return matcher.results().map(m -> m.group(1)).distinct().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isSecret(String key) {
    return SECRET_NAME.matcher(key).find();
  }
}
