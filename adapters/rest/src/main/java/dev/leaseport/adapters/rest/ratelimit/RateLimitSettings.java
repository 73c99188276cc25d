package dev.leaseport.adapters.rest.ratelimit;

import java.util.List;
import java.util.Optional;

/**
 * The limits: per authenticated caller, per client address for routes without a token, stricter
 * ones for minting dev tokens (local mode only: elsewhere the route does not exist, and must look
 * like any unknown route) and for the routes that cost most when abused (each caller, or address,
 * has its own strict bucket for all of them together), and the proxies whose forwarding headers are
 * believed.
 */
public record RateLimitSettings(
    boolean enabled,
    RatePolicy caller,
    RatePolicy anonymous,
    Optional<RatePolicy> devTokens,
    RatePolicy strict,
    List<RouteGlob> strictRoutes,
    TrustedProxies trustedProxies) {

  public RateLimitSettings {
    strictRoutes = List.copyOf(strictRoutes);
  }

  @Override
  public String toString() {
    return "rateLimits="
        + (enabled
            ? "caller "
                + caller
                + ", anonymous "
                + anonymous
                + devTokens.map(p -> ", dev tokens " + p).orElse("")
                + ", strict "
                + strict
                + " on "
                + strictRoutes
                + ", trusted proxies ["
                + trustedProxies
                + "]"
            : "off");
  }
}
