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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The {@code .env} file as a MicroProfile Config source, ranked below the environment (300) so an
 * environment variable always wins. The file is {@code LEASEPORT_ENV_FILE}, else {@code ./.env}.
 */
public final class DotEnvConfigSource implements ConfigSource {
  static final int ORDINAL = 250;
  private static final Pattern ENTRY =
      Pattern.compile(
          "[ \\t]*(?:export[ \\t]+)?([A-Za-z_][A-Za-z0-9_]*)[ \\t]*=(.*)", Pattern.DOTALL);
  private final Map<String, String> values;

  public DotEnvConfigSource() {
    this(Path.of(System.getenv().getOrDefault("LEASEPORT_ENV_FILE", ".env")));
  }

  DotEnvConfigSource(Path file) {
    this.values = Files.isRegularFile(file) ? parse(file) : Map.of();
  }

  /**
   * The grammar {@code scripts/dotenv.sh} reads too (the run command exports {@code .env} for
   * Liberty): {@code [export] KEY=value}, blanks around key and value ignored, one pair of matching
   * quotes removed, whole-line comments only, blank = unset, the last line for a key wins, any
   * other line ignored.
   */
  static Map<String, String> parse(Path file) {
    try {
      Map<String, String> parsed = new LinkedHashMap<>();
      for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)) {
        Matcher entry =
            ENTRY.matcher(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        if (!entry.matches()) {
          continue;
        }
        String value = unquote(stripBlanks(entry.group(2)));
        if (stripBlanks(value).isEmpty()) {
          parsed.remove(entry.group(1));
        } else {
          parsed.put(entry.group(1), value);
        }
      }
      return Collections.unmodifiableMap(parsed);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }

  private static String stripBlanks(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isBlank(value.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && (value.charAt(0) == '"' || value.charAt(0) == '\'')
        && value.charAt(value.length() - 1) == value.charAt(0)) {
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
