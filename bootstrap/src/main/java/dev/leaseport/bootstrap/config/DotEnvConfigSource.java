package dev.leaseport.bootstrap.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The {@code .env} file as a MicroProfile Config source, ranked below the environment (300) so an
 * environment variable always wins. The file is {@code LEASEPORT_ENV_FILE}, else {@code ./.env}.
 */
public final class DotEnvConfigSource implements ConfigSource {
  static final int ORDINAL = 250;
  private final Map<String, String> values;

  public DotEnvConfigSource() {
    this(Path.of(System.getenv().getOrDefault("LEASEPORT_ENV_FILE", ".env")));
  }

  DotEnvConfigSource(Path file) {
    this.values = Files.isRegularFile(file) ? parse(file) : Map.of();
  }

  static Map<String, String> parse(Path file) {
    try {
      Map<String, String> parsed = new LinkedHashMap<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        if (trimmed.startsWith("export ")) {
          trimmed = trimmed.substring("export ".length()).strip();
        }
        int equals = trimmed.indexOf('=');
        if (equals <= 0) {
          continue;
        }
        parsed.put(
            trimmed.substring(0, equals).strip(), unquote(trimmed.substring(equals + 1).strip()));
      }
      return Collections.unmodifiableMap(parsed);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && ((value.startsWith("\"") && value.endsWith("\""))
            || (value.startsWith("'") && value.endsWith("'")))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  @Override
  public Set<String> getPropertyNames() {
    return values.keySet();
  }

  @Override
  public String getValue(String name) {
    return values.get(name);
  }

  @Override
  public String getName() {
    return ".env";
  }

  @Override
  public int getOrdinal() {
    return ORDINAL;
  }
}
