package dev.leaseport.bootstrap.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where settings come from: the environment, then {@code .env}. Liberty also exposes server.xml's
 * own defaults as MicroProfile Config; those must not look like operator settings, so settings do
 * not read MicroProfile Config as a whole.
 */
public final class SettingsSources {
  /**
   * Keys whose check guards what Liberty itself does with them, and Liberty reads only the
   * environment (run.sh exports {@code .env} there): a {@code .env}-only value would pass the check
   * while Liberty used its default.
   */
  private static final Set<String> ENVIRONMENT_ONLY = Set.of("LEASEPORT_HTTP_HOST");

  private SettingsSources() {}

  public static Function<String, Optional<String>> environmentThenDotEnv(
      Map<String, String> environment, DotEnvConfigSource dotEnv) {
    // Blank means unset in both sources: an empty variable must not hide the .env value.
    return key ->
        ENVIRONMENT_ONLY.contains(key)
            ? nonBlank(environment.get(key))
            : nonBlank(environment.get(key)).or(() -> nonBlank(dotEnv.getValue(key)));
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }
}
