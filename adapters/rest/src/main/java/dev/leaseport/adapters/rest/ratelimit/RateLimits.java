package dev.leaseport.adapters.rest.ratelimit;

import dev.leaseport.adapters.rest.local.LocalOnlyRoutes;
import dev.leaseport.adapters.rest.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** What both rate-limit filters share: choosing the bucket, refusing, and the answer's headers. */
final class RateLimits {
  static final String DECISION = RateLimits.class.getName() + ".decision";
  static final String RETRY_AFTER = "Retry-After";
  static final String POLICY_HEADER = "RateLimit-Policy";
  static final String STATE_HEADER = "RateLimit";

  private RateLimits() {}

  /** The strict policy on its routes; otherwise dev tokens, the caller's or the address's. */
  static RatePolicy policyFor(
      RateLimitSettings settings, ContainerRequestContext request, boolean authenticated) {
    String method = request.getMethod();
    // Runtimes differ on the leading slash of the path; doubled slashes name the same route.
    String path = ("/" + request.getUriInfo().getPath()).replaceAll("/+", "/");
    if (settings.strictRoutes().stream().anyMatch(route -> route.matches(method, path))) {
      return settings.strict();
    }
    if (!authenticated
        && settings.devTokens().isPresent()
        && path.startsWith(LocalOnlyRoutes.PREFIX)) {
      return settings.devTokens().get();
    }
    return authenticated ? settings.caller() : settings.anonymous();
  }

  /** Takes a token; a refusal answers 429 rate-limited with Retry-After. */
  static void apply(
      RateLimiter limiter,
      ProblemResponses problems,
      ContainerRequestContext request,
      RatePolicy policy,
      String key) {
    RateDecision decision = limiter.take(policy, key);
    request.setProperty(DECISION, decision);
    if (!decision.allowed()) {
      request.abortWith(
          Response.fromResponse(
                  problems.build(
                      429,
                      "rate-limited",
                      "Too many requests: the limit is "
                          + policy.quota()
                          + " per "
                          + policy.window().toSeconds()
                          + " s; retry after "
                          + decision.retryAfterSeconds()
                          + " s"))
              .header(RETRY_AFTER, decision.retryAfterSeconds())
              .build());
    }
  }

  static String addressKey(
      RateLimitSettings settings, HttpServletRequest http, ContainerRequestContext request) {
    return "address:"
        + ClientAddress.of(
            http.getRemoteAddr(),
            request.getHeaderString("Forwarded"),
            request.getHeaderString("X-Forwarded-For"),
            settings.trustedProxies());
  }

  static boolean hasCredentials(ContainerRequestContext request) {
    return request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
  }
}
