package dev.leaseport.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Test;

class SettingsLoaderTest {
  private static final String SECRET = "0123456789abcdef0123456789abcdef-hs256";

  @Test
  void withNothingSetLeaseportRunsLocallyWithAnEmbeddedDatabase() {
    LeaseportSettings settings = load(Map.of());

    assertThat(settings.mode()).isEqualTo(Mode.LOCAL);
    assertThat(settings.usesEmbeddedDatabase()).isTrue();
    assertThat(settings.dbUrl()).isEqualTo("jdbc:postgresql://localhost:55432/leaseport");
    assertThat(settings.dataDirectory()).isEqualTo(Path.of(".leaseport").toAbsolutePath());
    assertThat(settings.dbUser()).isEqualTo("authenticator");
    assertThat(settings.dbPoolMax()).isEqualTo(20);
    assertThat(settings.jwtIssuer()).isEqualTo(LeaseportSettings.LOCAL_ISSUER);
    assertThat(settings.publicUrl()).isEqualTo("http://localhost:9080");
    assertThat(settings.logFormat()).isEqualTo("text");
    assertThat(settings.demoData()).isFalse();
  }

  @Test
  void theSystemTierHasItsOwnSmallPoolAndLoginByDefault() {
    SystemPoolSettings system = load(Map.of()).systemPool();

    assertThat(system.user()).isEqualTo("system_authenticator");
    assertThat(system.password()).isEqualTo("local-only-system");
    assertThat(system.poolMax()).isEqualTo(4);
  }

  @Test
  void theSystemTiersLoginAndPoolCanBeSet() {
    Map<String, String> env = production("LEASEPORT_JWT_HS256_SECRET", SECRET);
    env.put("LEASEPORT_DB_SYSTEM_USER", "jobs_login");
    env.put("LEASEPORT_DB_SYSTEM_POOL_MAX", "2");

    SystemPoolSettings system = load(env).systemPool();

    assertThat(system.user()).isEqualTo("jobs_login");
    assertThat(system.password()).isEqualTo("system-pw-23");
    assertThat(system.poolMax()).isEqualTo(2);
  }

  @Test
  void theSystemPoolSizeIsChecked() {
    problems(Map.of("LEASEPORT_DB_SYSTEM_POOL_MAX", "0"))
        .containsExactly("LEASEPORT_DB_SYSTEM_POOL_MAX must be a whole number from 1 to 100");
  }

  @Test
  void theStringFormNamesTheSystemLoginButHidesItsPassword() {
    String text = load(production("LEASEPORT_JWT_HS256_SECRET", SECRET)).toString();

    assertThat(text).contains("systemDbUser=system_authenticator", "systemDbPoolMax=4");
    assertThat(text).doesNotContain("system-pw-23");
  }

  @Test
  void blankValuesCountAsUnset() {
    LeaseportSettings settings = load(Map.of("LEASEPORT_DB_POOL_MAX", "  ", "LEASEPORT_MODE", ""));

    assertThat(settings.mode()).isEqualTo(Mode.LOCAL);
    assertThat(settings.dbPoolMax()).isEqualTo(20);
  }

  @Test
  void everyProblemIsReportedInOneMessage() {
    Map<String, String> env =
        Map.of(
            "LEASEPORT_DB_POOL_MAX", "lots",
            "LEASEPORT_LOG_FORMAT", "xml",
            "LEASEPORT_PUBLIC_URL", "ftp://example.com");

    problems(env)
        .containsExactlyInAnyOrder(
            "LEASEPORT_DB_POOL_MAX must be a whole number from 1 to 1000",
            "LEASEPORT_LOG_FORMAT must be text or json",
            "LEASEPORT_PUBLIC_URL must be an http(s) URL");
    assertThatThrownBy(() -> load(env))
        .hasMessageContaining("3 configuration problem(s)")
        .hasMessageContaining("LEASEPORT_DB_POOL_MAX")
        .hasMessageContaining("LEASEPORT_LOG_FORMAT")
        .hasMessageContaining("LEASEPORT_PUBLIC_URL");
  }

  @Test
  void productionRequiresTheDatabaseAndAnIssuer() {
    problems(Map.of("LEASEPORT_MODE", "production"))
        .containsExactlyInAnyOrder(
            "LEASEPORT_DB_URL is required in production mode",
            "LEASEPORT_DB_PASSWORD is required in production mode",
            "LEASEPORT_DB_SYSTEM_PASSWORD is required in production mode",
            "LEASEPORT_JWT_ISSUER is required in production mode",
            "Set exactly one of LEASEPORT_JWT_JWKS_URL and LEASEPORT_JWT_HS256_SECRET in production"
                + " mode");
  }

  @Test
  void productionWithAJwksUrlIsAccepted() {
    LeaseportSettings settings =
        load(
            production("LEASEPORT_JWT_JWKS_URL", "https://auth.example.com/.well-known/jwks.json"));

    assertThat(settings.mode()).isEqualTo(Mode.PRODUCTION);
    assertThat(settings.usesEmbeddedDatabase()).isFalse();
    assertThat(settings.jwtIssuer()).isEqualTo("https://auth.example.com");
  }

  @Test
  void productionWithAnHs256SecretIsAccepted() {
    assertThat(load(production("LEASEPORT_JWT_HS256_SECRET", SECRET)).jwtHs256Secret())
        .contains(SECRET);
  }

  @Test
  void productionRefusesBothAJwksUrlAndAnHs256Secret() {
    Map<String, String> env = production("LEASEPORT_JWT_JWKS_URL", "https://auth.example.com/jwks");
    env.put("LEASEPORT_JWT_HS256_SECRET", SECRET);

    problems(env)
        .containsExactly(
            "Set exactly one of LEASEPORT_JWT_JWKS_URL and LEASEPORT_JWT_HS256_SECRET in production"
                + " mode");
  }

  @Test
  void productionRefusesDemoData() {
    Map<String, String> env = production("LEASEPORT_JWT_HS256_SECRET", SECRET);
    env.put("LEASEPORT_DEMO_DATA", "true");

    problems(env).containsExactly("LEASEPORT_DEMO_DATA is for local mode only");
  }

  @Test
  void localModeRefusesAnExternalIssuer() {
    problems(Map.of("LEASEPORT_JWT_ISSUER", "https://auth.example.com"))
        .containsExactly(
            "LEASEPORT_MODE=local cannot be combined with an external token issuer"
                + " (LEASEPORT_JWT_*)");
  }

  @Test
  void localModeRefusesALiveStripeKeyButAcceptsATestKey() {
    problems(Map.of("STRIPE_SECRET_KEY", "sk_live_abc"))
        .containsExactly("LEASEPORT_MODE=local cannot be combined with a live Stripe key");
    assertThat(load(Map.of("STRIPE_SECRET_KEY", "sk_test_abc")).mode()).isEqualTo(Mode.LOCAL);
  }

  @Test
  void anUnknownModeIsReportedAndTheStricterProductionChecksApply() {
    problems(Map.of("LEASEPORT_MODE", "staging"))
        .contains(
            "LEASEPORT_MODE must be local or production, not 'staging'",
            "LEASEPORT_DB_URL is required in production mode");
  }

  @Test
  void aDatabaseUrlMustBeAPostgresqlJdbcUrl() {
    problems(Map.of("LEASEPORT_DB_URL", "mysql://db/leaseport"))
        .containsExactly("LEASEPORT_DB_URL must start with jdbc:postgresql://");
  }

  @Test
  void aShortHs256SecretIsRefused() {
    Map<String, String> env = production("LEASEPORT_JWT_HS256_SECRET", "too-short");

    problems(env).containsExactly("LEASEPORT_JWT_HS256_SECRET must be at least 32 characters");
  }

  @Test
  void theStringFormHidesPasswordsAndSecrets() {
    Map<String, String> env = production("LEASEPORT_JWT_HS256_SECRET", SECRET);
    env.put("LEASEPORT_DB_ADMIN_PASSWORD", "admin-pw-42");

    String text = load(env).toString();

    assertThat(text)
        .contains("mode=PRODUCTION", "dbUser=authenticator")
        .doesNotContain("db-pw-17", "admin-pw-42", SECRET);
  }

  @Test
  void theStringFormHidesAPasswordInsideTheDatabaseUrl() {
    Map<String, String> env = production("LEASEPORT_JWT_HS256_SECRET", SECRET);
    env.put(
        "LEASEPORT_DB_URL",
        "jdbc:postgresql://db.example.com:5432/leaseport?user=app&password=url-pw-9&ssl=true");

    String text = load(env).toString();

    assertThat(text).contains("db.example.com:5432/leaseport").doesNotContain("url-pw-9");
  }

  /** A valid production environment plus one token-verification key. */
  private static Map<String, String> production(String keyName, String keyValue) {
    Map<String, String> env = new HashMap<>();
    env.put("LEASEPORT_MODE", "production");
    env.put("LEASEPORT_DB_URL", "jdbc:postgresql://db.example.com:5432/leaseport");
    env.put("LEASEPORT_DB_PASSWORD", "db-pw-17");
    env.put("LEASEPORT_DB_SYSTEM_PASSWORD", "system-pw-23");
    env.put("LEASEPORT_JWT_ISSUER", "https://auth.example.com");
    env.put(keyName, keyValue);
    return env;
  }

  private static LeaseportSettings load(Map<String, String> env) {
    return SettingsLoader.load(key -> Optional.ofNullable(env.get(key)));
  }

  private static ListAssert<String> problems(Map<String, String> env) {
    return assertThatThrownBy(() -> load(env))
        .asInstanceOf(InstanceOfAssertFactories.type(InvalidConfigurationException.class))
        .extracting(InvalidConfigurationException::problems)
        .asInstanceOf(InstanceOfAssertFactories.list(String.class));
  }
}
