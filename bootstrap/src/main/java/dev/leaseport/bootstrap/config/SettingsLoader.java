package dev.leaseport.bootstrap.config;

import dev.leaseport.domain.billing.Plan;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and checks every key, collecting all problems before failing, so one start-up attempt tells
 * the operator everything that is wrong.
 */
public final class SettingsLoader {
  private final Function<String, Optional<String>> source;
  private final List<String> problems = new ArrayList<>();

  private SettingsLoader(Function<String, Optional<String>> source) {
    this.source = source;
  }

  /**
   * @param source looks up a key (environment first, then {@code .env}); blank means unset
   */
  public static LeaseportSettings load(Function<String, Optional<String>> source) {
    return load(source, List.of());
  }

  /**
   * @param foundEarlier problems the sources found themselves, reported with all the others
   */
  public static LeaseportSettings load(
      Function<String, Optional<String>> source, List<String> foundEarlier) {
    SettingsLoader loader = new SettingsLoader(source);
    loader.problems.addAll(foundEarlier);
    return loader.read();
  }

  private LeaseportSettings read() {
    Mode mode = mode();
    Path dataDirectory = Path.of(get("LEASEPORT_DATA_DIR").orElse(".leaseport")).toAbsolutePath();
    Optional<String> dbUrl = get("LEASEPORT_DB_URL");
    boolean dbUrlIsPostgres = dbUrl.map(url -> url.startsWith(JdbcUrlHosts.PREFIX)).orElse(true);
    check(dbUrlIsPostgres, "LEASEPORT_DB_URL must start with " + JdbcUrlHosts.PREFIX);
    // Liberty's httpEndpoint reads the same key; unset there means every interface.
    String httpHost = get("LEASEPORT_HTTP_HOST").orElse("*");
    int embeddedPort = integer("LEASEPORT_EMBEDDED_DB_PORT", 55432, 1024, 65535);
    integer("LEASEPORT_HTTP_PORT", 9080, 1, 65535);
    int poolMax = integer("LEASEPORT_DB_POOL_MAX", 20, 1, 1000);
    String dbUser = get("LEASEPORT_DB_USER").orElse("authenticator");
    String dbPassword = get("LEASEPORT_DB_PASSWORD").orElse("local-only");
    SystemPoolSettings systemPool =
        new SystemPoolSettings(
            get("LEASEPORT_DB_SYSTEM_USER").orElse("system_authenticator"),
            get("LEASEPORT_DB_SYSTEM_PASSWORD").orElse("local-only-system"),
            integer("LEASEPORT_DB_SYSTEM_POOL_MAX", 4, 1, 100));
    String adminUser = get("LEASEPORT_DB_ADMIN_USER").orElse("leaseport_owner");
    String adminPassword = get("LEASEPORT_DB_ADMIN_PASSWORD").orElse("");
    Optional<String> issuer = get("LEASEPORT_JWT_ISSUER");
    Optional<String> jwks = get("LEASEPORT_JWT_JWKS_URL");
    Optional<String> secret = get("LEASEPORT_JWT_HS256_SECRET");
    Optional<String> audience = get("LEASEPORT_JWT_AUDIENCE");
    jwks.ifPresent(url -> check(isHttpUrl(url), "LEASEPORT_JWT_JWKS_URL must be an http(s) URL"));
    boolean jwksIsHttpsOrLoopback =
        jwks.filter(SettingsLoader::isHttpUrl)
            .map(URI::create)
            .map(uri -> uri.getScheme().equals("https") || LoopbackHosts.isLoopback(uri.getHost()))
            .orElse(true);
    secret.ifPresent(
        s -> check(s.length() >= 32, "LEASEPORT_JWT_HS256_SECRET must be at least 32 characters"));
    String publicUrl = get("LEASEPORT_PUBLIC_URL").orElse("http://localhost:9080");
    check(isHttpUrl(publicUrl), "LEASEPORT_PUBLIC_URL must be an http(s) URL");
    String logFormat = get("LEASEPORT_LOG_FORMAT").orElse("text");
    check(
        logFormat.equals("text") || logFormat.equals("json"),
        "LEASEPORT_LOG_FORMAT must be text or json");
    boolean demo = bool("LEASEPORT_DEMO_DATA");
    Optional<String> stripeKey = get("STRIPE_SECRET_KEY");
    stripeKey.ifPresent(
        key ->
            check(
                key.startsWith("sk_") || key.startsWith("rk_"),
                "STRIPE_SECRET_KEY must be a Stripe secret key (sk_test_..., sk_live_...)"));
    Optional<String> stripeApiBase = get("STRIPE_API_BASE");
    stripeApiBase.ifPresent(url -> check(isHttpUrl(url), "STRIPE_API_BASE must be an http(s) URL"));
    Optional<String> webhookSecret = get("STRIPE_WEBHOOK_SECRET");
    Optional<String> connectWebhookSecret = get("STRIPE_CONNECT_WEBHOOK_SECRET");
    webhookSecret.ifPresent(
        s ->
            check(
                s.startsWith("whsec_"),
                "STRIPE_WEBHOOK_SECRET must be a signing secret (whsec_...)"));
    connectWebhookSecret.ifPresent(
        s ->
            check(
                s.startsWith("whsec_"),
                "STRIPE_CONNECT_WEBHOOK_SECRET must be a signing secret (whsec_...)"));
    check(
        webhookSecret.isEmpty() || !webhookSecret.equals(connectWebhookSecret),
        "STRIPE_WEBHOOK_SECRET and STRIPE_CONNECT_WEBHOOK_SECRET must differ: each endpoint has its"
            + " own");
    boolean liveRequired = bool("LEASEPORT_STRIPE_LIVE_REQUIRED");
    PlanSettings plans =
        new PlanSettings(
            Plan.free(
                integer("LEASEPORT_FREE_PLAN_PROPERTIES", 1, 0, PlansParser.MAX_LIMIT),
                integer("LEASEPORT_FREE_PLAN_UNITS", 5, 0, PlansParser.MAX_LIMIT)),
            PlansParser.parse(get(PlansParser.KEY), problems::add));
    // The demo owner has 2 properties and 4 units, on the free plan: with billing on it must fit.
    check(
        !demo
            || stripeKey.isEmpty()
            || plans.paid().isEmpty()
            || (plans.free().maxProperties() >= 2 && plans.free().maxUnits() >= 4),
        "LEASEPORT_DEMO_DATA with billing configured needs a free plan of at least 2 properties and"
            + " 4 units (LEASEPORT_FREE_PLAN_PROPERTIES, LEASEPORT_FREE_PLAN_UNITS)");
    integer("LEASEPORT_CHARGE_LEAD_DAYS", 7, 0, 60);
    integer("LEASEPORT_PLATFORM_FEE_BPS", 0, 0, 10_000);

    if (mode == Mode.LOCAL) {
      // Local mode mints its own tokens: combined with production settings it would be a backdoor.
      check(
          issuer.isEmpty() && jwks.isEmpty() && secret.isEmpty(),
          "LEASEPORT_MODE=local cannot be combined with an external token issuer (LEASEPORT_JWT_*)");
      check(
          stripeKey.map(k -> !k.startsWith("sk_live_") && !k.startsWith("rk_live_")).orElse(true),
          "LEASEPORT_MODE=local cannot be combined with a live Stripe key");
      check(!liveRequired, "LEASEPORT_STRIPE_LIVE_REQUIRED is for production mode only");
      // Local mode mints ADMIN tokens for anyone who can reach it: keep it on this machine.
      check(
          LoopbackHosts.isLoopback(httpHost),
          "LEASEPORT_MODE=local listens on loopback only: set LEASEPORT_HTTP_HOST to 127.0.0.1,"
              + " localhost or ::1");
      check(
          !dbUrlIsPostgres
              || dbUrl.map(JdbcUrlHosts::of).orElse(List.of()).stream()
                  .allMatch(LoopbackHosts::isLoopback),
          "LEASEPORT_MODE=local accepts only a database on this machine (loopback)");
    } else {
      check(dbUrl.isPresent(), "LEASEPORT_DB_URL is required in production mode");
      check(
          get("LEASEPORT_DB_PASSWORD").isPresent(),
          "LEASEPORT_DB_PASSWORD is required in production mode");
      check(
          get("LEASEPORT_DB_SYSTEM_PASSWORD").isPresent(),
          "LEASEPORT_DB_SYSTEM_PASSWORD is required in production mode");
      check(issuer.isPresent(), "LEASEPORT_JWT_ISSUER is required in production mode");
      check(audience.isPresent(), "LEASEPORT_JWT_AUDIENCE is required in production mode");
      check(
          jwksIsHttpsOrLoopback,
          "LEASEPORT_JWT_JWKS_URL must be https (http only for a loopback host)");
      check(
          jwks.isPresent() != secret.isPresent(),
          "Set exactly one of LEASEPORT_JWT_JWKS_URL and LEASEPORT_JWT_HS256_SECRET in production mode");
      check(!demo, "LEASEPORT_DEMO_DATA is for local mode only");
      check(
          !liveRequired
              || stripeKey
                  .map(k -> k.startsWith("sk_live_") || k.startsWith("rk_live_"))
                  .orElse(false),
          "LEASEPORT_STRIPE_LIVE_REQUIRED=true needs a live STRIPE_SECRET_KEY (sk_live_, rk_live_)");
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigurationException(problems);
    }
    return new LeaseportSettings(
        mode,
        dataDirectory,
        dbUrl,
        embeddedPort,
        dbUser,
        dbPassword,
        adminUser,
        adminPassword,
        poolMax,
        issuer.orElse(LeaseportSettings.LOCAL_ISSUER),
        jwks,
        secret,
        audience,
        publicUrl,
        logFormat,
        demo,
        systemPool,
        new PaymentSettings(
            stripeKey, webhookSecret, connectWebhookSecret, stripeApiBase, liveRequired),
        plans);
  }

  private Mode mode() {
    Optional<Mode> mode = modeOf(this::get);
    if (mode.isEmpty()) {
      problems.add(
          "LEASEPORT_MODE must be local or production, not '" + get("LEASEPORT_MODE").get() + "'");
    }
    return mode.orElse(Mode.PRODUCTION); // an invalid mode gets the stricter checks
  }

  /**
   * The mode alone, for readers that must not fail on other keys; empty when the value is invalid.
   * Production unless told otherwise: the run command asks for local mode explicitly, so a
   * deployment that forgets the mode gets the strict checks, not a token-minting route.
   */
  public static Optional<Mode> modeOf(Function<String, Optional<String>> source) {
    String raw =
        source
            .apply("LEASEPORT_MODE")
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .orElse("production");
    try {
      return Optional.of(Mode.valueOf(raw.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Optional<String> get(String key) {
    return source.apply(key).map(String::strip).filter(v -> !v.isEmpty());
  }

  private int integer(String key, int fallback, int min, int max) {
    Optional<String> raw = get(key);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.get());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    problems.add(key + " must be a whole number from " + min + " to " + max);
    return fallback;
  }

  private boolean bool(String key) {
    Optional<String> raw = get(key);
    if (raw.isEmpty()) {
      return false;
    }
    String value = raw.get().toLowerCase(Locale.ROOT);
    check(value.equals("true") || value.equals("false"), key + " must be true or false");
    return value.equals("true");
  }

  private void check(boolean valid, String problem) {
    if (!valid && !problem.isEmpty()) {
      problems.add(problem);
    }
  }

  private static boolean isHttpUrl(String value) {
    try {
      URI uri = URI.create(value);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
