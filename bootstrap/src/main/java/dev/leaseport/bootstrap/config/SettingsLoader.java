package dev.leaseport.bootstrap.config;

import dev.leaseport.adapters.persistence.jobs.DailyJob;
import dev.leaseport.adapters.persistence.jobs.JobRegistry;
import dev.leaseport.adapters.rest.ratelimit.RateLimitSettings;
import dev.leaseport.adapters.rest.ratelimit.RatePolicy;
import dev.leaseport.adapters.rest.ratelimit.RouteGlob;
import dev.leaseport.adapters.rest.ratelimit.TrustedProxies;
import dev.leaseport.domain.billing.Plan;
import dev.leaseport.domain.payment.PlatformFee;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
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
  /** How long an invitation link works unless LEASEPORT_INVITATION_TTL says otherwise. */
  static final Duration INVITATION_TTL = Duration.ofDays(7);

  private static final Duration MIN_INVITATION_TTL = Duration.ofMinutes(5);
  private static final Duration MAX_INVITATION_TTL = Duration.ofDays(90);
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
    Duration invitationTtl = invitationTtl();
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
    int platformFeeBps = integer("LEASEPORT_PLATFORM_FEE_BPS", 0, 0, PlatformFee.MAX_BASIS_POINTS);
    JobSettings jobs = jobs();
    RateLimitSettings rateLimits = rateLimits(mode);

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
        invitationTtl,
        jobs,
        rateLimits,
        new PaymentSettings(
            stripeKey,
            webhookSecret,
            connectWebhookSecret,
            stripeApiBase,
            liveRequired,
            new PlatformFee(platformFeeBps)),
        plans);
  }

  /** The default strict routes: invitation acceptance, payment creation and exports. */
  static final String DEFAULT_STRICT_ROUTES =
      "POST /api/v1/invitations/accept, POST /api/v1/payments, POST /api/v1/**/payments,"
          + " * /api/v1/exports/**, * /api/v1/**/export, * /api/v1/**/exports";

  private RateLimitSettings rateLimits(Mode mode) {
    boolean enabled =
        get("LEASEPORT_RATE_LIMITS_ENABLED").isEmpty() || bool("LEASEPORT_RATE_LIMITS_ENABLED");
    RatePolicy caller = rate("LEASEPORT_RATE_LIMIT_CALLER", "caller", "600/1m");
    RatePolicy anonymous = rate("LEASEPORT_RATE_LIMIT_ANONYMOUS", "address", "60/1m");
    RatePolicy devTokens = rate("LEASEPORT_RATE_LIMIT_DEV_SIGN_IN", "dev-tokens", "20/1m");
    RatePolicy strict = rate("LEASEPORT_RATE_LIMIT_STRICT", "strict", "20/1m");
    List<RouteGlob> routes = new ArrayList<>();
    String routeText = get("LEASEPORT_RATE_LIMIT_STRICT_ROUTES").orElse(DEFAULT_STRICT_ROUTES);
    for (String entry : routeText.split(",")) {
      Optional<RouteGlob> route = RouteGlob.parse(entry);
      check(
          route.isPresent(),
          "LEASEPORT_RATE_LIMIT_STRICT_ROUTES must list METHOD /path patterns separated by commas"
              + " (* for one path segment, ** for any), not '"
              + entry.strip()
              + "'");
      route.ifPresent(routes::add);
    }
    Optional<TrustedProxies> proxies =
        TrustedProxies.parse(get("LEASEPORT_TRUSTED_PROXIES").orElse(""));
    check(
        proxies.isPresent(),
        "LEASEPORT_TRUSTED_PROXIES must list IP addresses or CIDR blocks separated by commas");
    return new RateLimitSettings(
        enabled,
        caller,
        anonymous,
        mode == Mode.LOCAL ? Optional.of(devTokens) : Optional.empty(),
        strict,
        routes,
        proxies.orElse(TrustedProxies.none()));
  }

  private RatePolicy rate(String key, String name, String fallback) {
    Optional<RatePolicy> policy = RatePolicy.parse(name, get(key).orElse(fallback));
    check(
        policy.isPresent(),
        key + " must be requests per period, e.g. 600/1m (a period in s, m or h)");
    return policy.orElse(RatePolicy.parse(name, fallback).orElseThrow());
  }

  /** Scheduled jobs: on unless switched off, due daily from a UTC time, plus an operator's own. */
  private JobSettings jobs() {
    boolean enabled = get("LEASEPORT_JOBS_ENABLED").isEmpty() || bool("LEASEPORT_JOBS_ENABLED");
    LocalTime dailyAt = LocalTime.of(2, 0);
    Optional<String> at = get("LEASEPORT_JOBS_DAILY_AT");
    if (at.isPresent()) {
      Optional<LocalTime> parsed = timeOfDay(at.get());
      check(
          parsed.isPresent(),
          "LEASEPORT_JOBS_DAILY_AT must be a UTC time of day, HH:MM (e.g. 02:00)");
      dailyAt = parsed.orElse(dailyAt);
    }
    List<DailyJob> extra = new ArrayList<>();
    for (String entry : get("LEASEPORT_JOBS_EXTRA").map(v -> v.split(",")).orElse(new String[0])) {
      Optional<DailyJob> job = dailyJob(entry.strip());
      check(
          job.isPresent(),
          "LEASEPORT_JOBS_EXTRA must list name=schema.function pairs separated by commas (names"
              + " lower-case letters, digits and '-'), not '"
              + entry.strip()
              + "'");
      job.ifPresent(extra::add);
    }
    try {
      JobRegistry.builtInAnd(extra);
    } catch (IllegalArgumentException e) {
      problems.add("LEASEPORT_JOBS_EXTRA: " + e.getMessage());
    }
    return new JobSettings(enabled, dailyAt, extra);
  }

  private static Optional<LocalTime> timeOfDay(String value) {
    if (!value.matches("\\d{2}:\\d{2}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(value));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<DailyJob> dailyJob(String entry) {
    String[] parts = entry.split("=", -1);
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(new DailyJob(parts[0].strip(), parts[1].strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
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

  /** An ISO-8601 duration such as {@code P7D} or {@code PT36H}, from 5 minutes to 90 days. */
  private Duration invitationTtl() {
    String key = "LEASEPORT_INVITATION_TTL";
    Optional<String> raw = get(key);
    if (raw.isEmpty()) {
      return INVITATION_TTL;
    }
    try {
      Duration value = Duration.parse(raw.get());
      if (value.compareTo(MIN_INVITATION_TTL) >= 0 && value.compareTo(MAX_INVITATION_TTL) <= 0) {
        return value;
      }
    } catch (DateTimeParseException ignored) {
      // reported below
    }
    problems.add(key + " must be an ISO-8601 duration from PT5M to P90D, e.g. P7D or PT48H");
    return INVITATION_TTL;
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
