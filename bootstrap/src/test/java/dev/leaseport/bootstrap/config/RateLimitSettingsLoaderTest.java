package dev.leaseport.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.ratelimit.RateLimitSettings;
import dev.leaseport.adapters.rest.ratelimit.RatePolicy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rate-limit keys: on by default, each limit requests per period, routes, proxies. */
class RateLimitSettingsLoaderTest {

  @Test
  void limitsAreOnByDefaultWithStricterOnesForDevTokensAndCostlyRoutes() {
    RateLimitSettings limits = load(local()).rateLimits();

    assertThat(limits.enabled()).isTrue();
    assertThat(limits.caller()).isEqualTo(new RatePolicy("caller", 600, Duration.ofMinutes(1)));
    assertThat(limits.anonymous()).isEqualTo(new RatePolicy("address", 60, Duration.ofMinutes(1)));
    assertThat(limits.devTokens())
        .contains(new RatePolicy("dev-tokens", 20, Duration.ofMinutes(1)));
    assertThat(limits.strict()).isEqualTo(new RatePolicy("strict", 20, Duration.ofMinutes(1)));
    assertThat(limits.strictRoutes())
        .anySatisfy(r -> assertThat(r.matches("POST", "/api/v1/invitations/accept")).isTrue())
        .anySatisfy(r -> assertThat(r.matches("POST", "/api/v1/payments")).isTrue())
        .anySatisfy(r -> assertThat(r.matches("POST", "/api/v1/leases/7/payments")).isTrue())
        .anySatisfy(r -> assertThat(r.matches("GET", "/api/v1/exports/rent.csv")).isTrue());
    assertThat(limits.strictRoutes())
        .noneSatisfy(r -> assertThat(r.matches("GET", "/api/v1/properties")).isTrue());
    assertThat(limits.trustedProxies().trusts("127.0.0.1")).isFalse();
  }

  @Test
  void everyLimitRouteAndProxyCanBeSet() {
    Map<String, String> env = local();
    env.put("LEASEPORT_RATE_LIMIT_CALLER", "100/10s");
    env.put("LEASEPORT_RATE_LIMIT_ANONYMOUS", "5/1m");
    env.put("LEASEPORT_RATE_LIMIT_DEV_SIGN_IN", "3/1h");
    env.put("LEASEPORT_RATE_LIMIT_STRICT", "2/1m");
    env.put("LEASEPORT_RATE_LIMIT_STRICT_ROUTES", "GET /api/v1/reports/**");
    env.put("LEASEPORT_TRUSTED_PROXIES", "10.0.0.0/8, ::1");

    RateLimitSettings limits = load(env).rateLimits();

    assertThat(limits.caller()).isEqualTo(new RatePolicy("caller", 100, Duration.ofSeconds(10)));
    assertThat(limits.anonymous().quota()).isEqualTo(5);
    assertThat(limits.devTokens()).contains(new RatePolicy("dev-tokens", 3, Duration.ofHours(1)));
    assertThat(limits.strict().quota()).isEqualTo(2);
    assertThat(limits.strictRoutes()).hasSize(1);
    assertThat(limits.trustedProxies().trusts("10.20.30.40")).isTrue();
    assertThat(limits.trustedProxies().trusts("::1")).isTrue();
    assertThat(limits.trustedProxies().trusts("11.0.0.1")).isFalse();
  }

  @Test
  void productionHasNoDevTokenLimitBecauseItHasNoDevTokenRoute() {
    Map<String, String> env = new HashMap<>();
    env.put("LEASEPORT_MODE", "production");
    env.put("LEASEPORT_DB_URL", "jdbc:postgresql://db.example.com:5432/leaseport");
    env.put("LEASEPORT_DB_PASSWORD", "db-pw-17");
    env.put("LEASEPORT_DB_SYSTEM_PASSWORD", "system-pw-23");
    env.put("LEASEPORT_JWT_ISSUER", "https://auth.example.com");
    env.put("LEASEPORT_JWT_AUDIENCE", "authenticated");
    env.put("LEASEPORT_JWT_HS256_SECRET", "0123456789abcdef0123456789abcdef-hs256");

    assertThat(load(env).rateLimits().devTokens()).isEmpty();
  }

  @Test
  void limitsCanBeSwitchedOff() {
    assertThat(load(local("LEASEPORT_RATE_LIMITS_ENABLED", "false")).rateLimits().enabled())
        .isFalse();
    assertThat(load(local("LEASEPORT_RATE_LIMITS_ENABLED", "false")).toString())
        .contains("rateLimits=off");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "LEASEPORT_RATE_LIMIT_CALLER",
        "LEASEPORT_RATE_LIMIT_ANONYMOUS",
        "LEASEPORT_RATE_LIMIT_DEV_SIGN_IN",
        "LEASEPORT_RATE_LIMIT_STRICT"
      })
  void aLimitThatIsNotRequestsPerPeriodIsRefused(String key) {
    problems(local(key, "lots"))
        .containsExactly(key + " must be requests per period, e.g. 600/1m (a period in s, m or h)");
  }

  @Test
  void badRoutesAndProxiesAreRefusedWithEveryOtherProblem() {
    problems(
            local(
                "LEASEPORT_RATE_LIMIT_STRICT_ROUTES", "/api/v1/payments",
                "LEASEPORT_TRUSTED_PROXIES", "proxy.example.com",
                "LEASEPORT_RATE_LIMITS_ENABLED", "maybe"))
        .containsExactlyInAnyOrder(
            "LEASEPORT_RATE_LIMITS_ENABLED must be true or false",
            "LEASEPORT_RATE_LIMIT_STRICT_ROUTES must list METHOD /path patterns separated by commas"
                + " (* for one path segment, ** for any), not '/api/v1/payments'",
            "LEASEPORT_TRUSTED_PROXIES must list IP addresses or CIDR blocks separated by commas");
  }

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

  private static ListAssert<String> problems(Map<String, String> env) {
    return assertThatThrownBy(() -> load(env))
        .asInstanceOf(InstanceOfAssertFactories.type(InvalidConfigurationException.class))
        .extracting(InvalidConfigurationException::problems)
        .asInstanceOf(InstanceOfAssertFactories.list(String.class));
  }
}
