package dev.leaseport.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.payment.PlatformFee;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsLoaderTest {
  private static final String SECRET = "0123456789abcdef0123456789abcdef-hs256";

  @Test
  void withNothingSetTheServerIsAProductionServerThatRefusesToStartUnconfigured() {
    problems(Map.of())
        .contains(
            "LEASEPORT_DB_URL is required in production mode",
            "LEASEPORT_JWT_ISSUER is required in production mode");
  }

  @Test
  void inLocalModeWithNothingElseSetLeaseportRunsWithAnEmbeddedDatabase() {
    LeaseportSettings settings = load(local());

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
  void anInvitationLinkWorksForSevenDaysUnlessConfiguredOtherwise() {
    assertThat(load(local()).invitationTtl()).isEqualTo(Duration.ofDays(7));
    assertThat(load(local("LEASEPORT_INVITATION_TTL", "PT48H")).invitationTtl())
        .isEqualTo(Duration.ofHours(48));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"7 days", "7", "P0D", "-P1D", "PT1M", "P91D"})
  void anInvitationTimeToLiveThatIsNoSensibleDurationIsAProblem(String ttl) {
    problems(local("LEASEPORT_INVITATION_TTL", ttl))
        .containsExactly(
            "LEASEPORT_INVITATION_TTL must be an ISO-8601 duration from PT5M to P90D,"
                + " e.g. P7D or PT48H");
  }

  @Test
  void theSystemTierHasItsOwnSmallPoolAndLoginByDefault() {
    SystemPoolSettings system = load(local()).systemPool();

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
    problems(local("LEASEPORT_DB_SYSTEM_POOL_MAX", "0"))
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
    Map<String, String> env = local();
    env.put("LEASEPORT_DB_POOL_MAX", "  ");

    assertThat(load(env).dbPoolMax()).isEqualTo(20);
  }

  @Test
  void aBlankModeIsTheDefaultProductionModeNotLocal() {
    problems(Map.of("LEASEPORT_MODE", "  "))
        .contains("LEASEPORT_DB_URL is required in production mode");
  }

  @Test
  void everyProblemIsReportedInOneMessage() {
    Map<String, String> env =
        local(
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
            "LEASEPORT_JWT_AUDIENCE is required in production mode",
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
    problems(local("LEASEPORT_JWT_ISSUER", "https://auth.example.com"))
        .containsExactly(
            "LEASEPORT_MODE=local cannot be combined with an external token issuer"
                + " (LEASEPORT_JWT_*)");
  }

  @Test
  void localModeRefusesALiveStripeKeyButAcceptsATestKey() {
    problems(local("STRIPE_SECRET_KEY", "sk_live_abc"))
        .containsExactly("LEASEPORT_MODE=local cannot be combined with a live Stripe key");
    assertThat(load(local("STRIPE_SECRET_KEY", "sk_test_abc")).mode()).isEqualTo(Mode.LOCAL);
  }

  @Test
  void localModeRefusesEveryLiveStripeKeyRestrictedKeysToo() {
    problems(local("STRIPE_SECRET_KEY", "rk_live_abc"))
        .containsExactly("LEASEPORT_MODE=local cannot be combined with a live Stripe key");
    assertThat(load(local("STRIPE_SECRET_KEY", "rk_test_abc")).mode()).isEqualTo(Mode.LOCAL);
  }

  @Test
  void withoutAStripeKeyPaymentsAreOffAndEverythingElseStarts() {
    PaymentSettings payments = load(local()).payments();

    assertThat(payments.configured()).isFalse();
    assertThat(payments.toString()).contains("payments=off");
  }

  @Test
  void stripeKeysAndWebhookSecretsAreReadAndKeptOutOfTheLog() {
    LeaseportSettings settings =
        load(
            local(
                "STRIPE_SECRET_KEY", "sk_test_secret-41",
                "STRIPE_WEBHOOK_SECRET", "whsec_platform-42",
                "STRIPE_CONNECT_WEBHOOK_SECRET", "whsec_connect-43",
                "STRIPE_API_BASE", "http://127.0.0.1:12111"));

    assertThat(settings.payments().secretKey()).hasValue("sk_test_secret-41");
    assertThat(settings.payments().webhookSecret()).hasValue("whsec_platform-42");
    assertThat(settings.payments().connectWebhookSecret()).hasValue("whsec_connect-43");
    assertThat(settings.payments().apiBase()).hasValue("http://127.0.0.1:12111");
    assertThat(settings.toString())
        .contains("payments=test", "platformWebhook=on", "connectWebhook=on")
        .doesNotContain("secret-41", "platform-42", "connect-43");
  }

  @Test
  void webhookSecretsMustBeSigningSecretsAndDifferPerEndpoint() {
    problems(
            local(
                "STRIPE_WEBHOOK_SECRET", "whsec_same",
                "STRIPE_CONNECT_WEBHOOK_SECRET", "whsec_same"))
        .containsExactly(
            "STRIPE_WEBHOOK_SECRET and STRIPE_CONNECT_WEBHOOK_SECRET must differ: each endpoint"
                + " has its own");
    problems(local("STRIPE_WEBHOOK_SECRET", "sk_test_oops"))
        .containsExactly("STRIPE_WEBHOOK_SECRET must be a signing secret (whsec_...)");
  }

  @Test
  void productionRefusesATestKeyOnlyWhenTheOperatorRequiresLiveKeys() {
    Map<String, String> env = production("LEASEPORT_JWT_HS256_SECRET", SECRET);
    env.put("STRIPE_SECRET_KEY", "sk_test_abc");
    assertThat(load(env).payments().liveRequired()).isFalse();

    env.put("LEASEPORT_STRIPE_LIVE_REQUIRED", "true");
    problems(env)
        .containsExactly(
            "LEASEPORT_STRIPE_LIVE_REQUIRED=true needs a live STRIPE_SECRET_KEY (sk_live_, rk_live_)");

    env.put("STRIPE_SECRET_KEY", "rk_live_abc");
    assertThat(load(env).payments().liveRequired()).isTrue();
  }

  @Test
  void thePlatformFeeIsBasisPointsFromZeroToTenThousandAndNoneByDefault() {
    assertThat(load(local()).payments().platformFee().basisPoints()).isZero();
    assertThat(load(local("LEASEPORT_PLATFORM_FEE_BPS", "250")).payments().platformFee())
        .isEqualTo(new PlatformFee(250));
    assertThat(load(local("LEASEPORT_PLATFORM_FEE_BPS", "250")).toString())
        .contains("platformFeeBps=250");
    for (String wrong : List.of("-1", "10001", "2.5", "1%")) {
      problems(local("LEASEPORT_PLATFORM_FEE_BPS", wrong))
          .containsExactly("LEASEPORT_PLATFORM_FEE_BPS must be a whole number from 0 to 10000");
    }
  }

  @Test
  void localModeCannotRequireLiveKeys() {
    problems(local("LEASEPORT_STRIPE_LIVE_REQUIRED", "true"))
        .containsExactly("LEASEPORT_STRIPE_LIVE_REQUIRED is for production mode only");
  }

  @Test
  void localModeListensOnLoopbackOnly() {
    String problem =
        "LEASEPORT_MODE=local listens on loopback only: set LEASEPORT_HTTP_HOST to 127.0.0.1,"
            + " localhost or ::1";
    for (String host : new String[] {"*", "0.0.0.0", "10.1.2.3", "example.com", "::"}) {
      problems(local("LEASEPORT_HTTP_HOST", host)).as(host).containsExactly(problem);
    }
    Map<String, String> unset = local();
    unset.remove("LEASEPORT_HTTP_HOST");
    problems(unset).as("unset, so Liberty's default *").containsExactly(problem);
    for (String host : new String[] {"127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"}) {
      assertThat(load(local("LEASEPORT_HTTP_HOST", host)).mode()).as(host).isEqualTo(Mode.LOCAL);
    }
  }

  @Test
  void productionListensOnEveryInterfaceByDefault() {
    assertThat(load(production("LEASEPORT_JWT_HS256_SECRET", SECRET)).mode())
        .isEqualTo(Mode.PRODUCTION);
  }

  @Test
  void localModeRefusesADatabaseOnAnotherMachine() {
    String problem = "LEASEPORT_MODE=local accepts only a database on this machine (loopback)";
    for (String url :
        new String[] {
          "jdbc:postgresql://db.example.com:5432/leaseport",
          "jdbc:postgresql://10.0.0.7/leaseport",
          "jdbc:postgresql://localhost:5432,db.example.com:5432/leaseport",
          "jdbc:postgresql://127.0.0.1,[2001:db8::1]:5433/leaseport",
          "jdbc:postgresql://localhost/leaseport?PGHOST=db.example.com",
          "jdbc:postgresql://localhost.example.com/leaseport"
        }) {
      problems(local("LEASEPORT_DB_URL", url)).as(url).containsExactly(problem);
    }
    for (String url :
        new String[] {
          "jdbc:postgresql://localhost:5432/leaseport",
          "jdbc:postgresql://127.0.0.1:5433,localhost/leaseport?ssl=false",
          "jdbc:postgresql://[::1]:5432/leaseport",
          "jdbc:postgresql:///leaseport"
        }) {
      assertThat(load(local("LEASEPORT_DB_URL", url)).externalDbUrl()).as(url).contains(url);
    }
  }

  @Test
  void productionRequiresAnHttpsJwksUrlExceptOnLoopback() {
    problems(production("LEASEPORT_JWT_JWKS_URL", "http://auth.example.com/jwks.json"))
        .containsExactly("LEASEPORT_JWT_JWKS_URL must be https (http only for a loopback host)");
    for (String url :
        new String[] {
          "https://auth.example.com/jwks.json",
          "http://127.0.0.1:8080/jwks.json",
          "http://localhost/jwks.json",
          "http://[::1]:9000/jwks"
        }) {
      assertThat(load(production("LEASEPORT_JWT_JWKS_URL", url)).jwtJwksUrl())
          .as(url)
          .contains(url);
    }
  }

  @Test
  void productionRequiresAnAudienceWithAJwksUrlOrAnHs256Secret() {
    Map<String, String> jwks = production("LEASEPORT_JWT_JWKS_URL", "http://auth.example.com/j");
    jwks.remove("LEASEPORT_JWT_AUDIENCE");
    Map<String, String> secret = production("LEASEPORT_JWT_HS256_SECRET", SECRET);
    secret.remove("LEASEPORT_JWT_AUDIENCE");

    problems(jwks)
        .containsExactlyInAnyOrder(
            "LEASEPORT_JWT_AUDIENCE is required in production mode",
            "LEASEPORT_JWT_JWKS_URL must be https (http only for a loopback host)");
    problems(secret).containsExactly("LEASEPORT_JWT_AUDIENCE is required in production mode");
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
    problems(local("LEASEPORT_DB_URL", "mysql://db/leaseport"))
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

  @Test
  void theStringFormHidesEverySecretLookingPartOfTheUrlsItShows() {
    Map<String, String> env = production("LEASEPORT_JWT_HS256_SECRET", SECRET);
    env.put(
        "LEASEPORT_DB_URL",
        "jdbc:postgresql://app:userinfo-pw-1@db.example.com:5432/leaseport"
            + "?sslmode=verify-full&sslpassword=ssl-pw-2;PASSWORD=upper-pw-3"
            + "&sslkey=/keys/client.pk8&authToken=token-4&client_secret=secret-5&ssl=true");
    env.put("LEASEPORT_PUBLIC_URL", "https://ops:public-pw-6@leaseport.example.com/");

    String text = load(env).toString();

    assertThat(text)
        .contains(
            "db.example.com:5432/leaseport",
            "sslmode=verify-full",
            "ssl=true",
            "leaseport.example.com")
        .doesNotContain(
            "userinfo-pw-1",
            "ssl-pw-2",
            "upper-pw-3",
            "/keys/client.pk8",
            "token-4",
            "secret-5",
            "public-pw-6");
  }

  /** A valid production environment plus one token-verification key. */
  private static Map<String, String> production(String keyName, String keyValue) {
    Map<String, String> env = new HashMap<>();
    env.put("LEASEPORT_MODE", "production");
    env.put("LEASEPORT_DB_URL", "jdbc:postgresql://db.example.com:5432/leaseport");
    env.put("LEASEPORT_DB_PASSWORD", "db-pw-17");
    env.put("LEASEPORT_DB_SYSTEM_PASSWORD", "system-pw-23");
    env.put("LEASEPORT_JWT_ISSUER", "https://auth.example.com");
    env.put("LEASEPORT_JWT_AUDIENCE", "authenticated");
    env.put(keyName, keyValue);
    return env;
  }

  /** A valid local-mode environment: the mode and a loopback listening address. */
  private static Map<String, String> local(String... keysAndValues) {
    Map<String, String> env = new HashMap<>();
    env.put("LEASEPORT_MODE", "local");
    env.put("LEASEPORT_HTTP_HOST", "127.0.0.1");
    for (int i = 0; i < keysAndValues.length; i += 2) {
      env.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return env;
  }

  private static LeaseportSettings load(Map<String, String> env) {
    return SettingsLoader.load(key -> Optional.ofNullable(env.get(key)));
  }

  @Test
  void problemsTheSourcesFoundAreReportedWithAllTheOthers() {
    Map<String, String> env = local("LEASEPORT_DB_POOL_MAX", "0");

    assertThatThrownBy(
            () ->
                SettingsLoader.load(
                    key -> Optional.ofNullable(env.get(key)),
                    List.of("LEASEPORT_DB_URL is set only in .env")))
        .asInstanceOf(InstanceOfAssertFactories.type(InvalidConfigurationException.class))
        .extracting(InvalidConfigurationException::problems)
        .asInstanceOf(InstanceOfAssertFactories.list(String.class))
        .containsExactly(
            "LEASEPORT_DB_URL is set only in .env",
            "LEASEPORT_DB_POOL_MAX must be a whole number from 1 to 1000");
  }

  private static ListAssert<String> problems(Map<String, String> env) {
    return assertThatThrownBy(() -> load(env))
        .asInstanceOf(InstanceOfAssertFactories.type(InvalidConfigurationException.class))
        .extracting(InvalidConfigurationException::problems)
        .asInstanceOf(InstanceOfAssertFactories.list(String.class));
  }
}
