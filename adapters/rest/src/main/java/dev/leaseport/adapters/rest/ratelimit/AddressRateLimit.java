package dev.leaseport.adapters.rest.ratelimit;

import dev.leaseport.adapters.rest.problem.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Requests without credentials, limited per client address before any other work (matching, token
 * checks): the routes without a token, stricter for minting dev tokens, and floods of requests that
 * will only be refused. Requests with a token are limited per caller once it is verified ({@link
 * CallerRateLimit}).
 */
@Provider
@PreMatching
@Priority(5) // after RequestIdFilter, so a 429 carries the request id; before all other work
public class AddressRateLimit implements ContainerRequestFilter {
  @Inject RateLimitSettings settings;
  @Inject RateLimiter limiter;
  @Inject ProblemResponses problems;
  @Context HttpServletRequest http;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!settings.enabled() || RateLimits.hasCredentials(request)) {
      return;
    }
    RateLimits.apply(
        limiter,
        problems,
        request,
        RateLimits.policyFor(settings, request, false),
        RateLimits.addressKey(settings, http, request));
  }
}
