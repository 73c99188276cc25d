package dev.leaseport.bootstrap.config;

import java.util.List;
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
   * The keys server.xml reads. Liberty reads them from the environment only (run.sh exports {@code
   * .env} there), so the application does too: a {@code .env}-only value would be checked and used
   * here (migrations on one database) while Liberty used its default (the pools on another).
   */
  static final Set<String> SERVER_KEYS =
      Set.of(
          "LEASEPORT_HTTP_HOST",
          "LEASEPORT_HTTP_PORT",
          "LEASEPORT_EMBEDDED_DB_PORT",
          "LEASEPORT_DB_URL",
          "LEASEPORT_DB_USER",
          "LEASEPORT_DB_PASSWORD",
          "LEASEPORT_DB_POOL_MAX",
          "LEASEPORT_DB_SYSTEM_USER",
          "LEASEPORT_DB_SYSTEM_PASSWORD",
          "LEASEPORT_DB_SYSTEM_POOL_MAX",
          "LEASEPORT_LOG_FORMAT",
          "LEASEPORT_APP_UPDATE_TRIGGER");

  private SettingsSources() {}

  public static Function<String, Optional<String>> environmentThenDotEnv(
      Map<String, String> environment, DotEnvConfigSource dotEnv) {
    // Blank means unset in both sources: an empty variable must not hide the .env value.
    return key ->
        SERVER_KEYS.contains(key)
            ? nonBlank(environment.get(key))
            : nonBlank(environment.get(key)).or(() -> nonBlank(dotEnv.getValue(key)));
  }

  /**
   * A problem for each server key set in {@code .env} but not in the environment: started without
   * ./run.sh (the runnable JAR, Liberty's own scripts), such a value would be silently ignored.
   */
  public static List<String> serverKeysOnlyInDotEnv(
      Map<String, String> environment, DotEnvConfigSource dotEnv) {
    return SERVER_KEYS.stream()
        .sorted()
        .filter(key -> nonBlank(environment.get(key)).isEmpty())
        .filter(key -> nonBlank(dotEnv.getValue(key)).isPresent())
        .map(
            key ->
                key
                    + " is set only in .env, but the server reads it from the environment: export"
                    + " it (./run.sh does) or set it in the environment")
        .toList();
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }
}
