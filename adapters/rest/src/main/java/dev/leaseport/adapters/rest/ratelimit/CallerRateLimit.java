package dev.leaseport.adapters.rest.ratelimit;

import dev.leaseport.adapters.rest.problem.ProblemResponses;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Requests with a verified token, limited per caller (their user id, whichever address they come
 * from), with the strict policy on its routes; and on every answer that went through a limit, the
 * {@code RateLimit-Policy} and {@code RateLimit} headers of the IETF draft.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class CallerRateLimit implements ContainerRequestFilter, ContainerResponseFilter {
  @Inject RateLimitSettings settings;
  @Inject RateLimiter limiter;
  @Inject ProblemResponses problems;
  @Inject AuthenticatedCaller caller;
  @Context HttpServletRequest http;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!settings.enabled() || request.getProperty(RateLimits.DECISION) != null) {
      return;
    }
    // A token sent to a route without one is not verified: such a request counts by address.
    boolean verified = caller.find().isPresent();
    RateLimits.apply(
        limiter,
        problems,
        request,
        RateLimits.policyFor(settings, request, verified),
        verified
            ? "user:" + caller.find().get().userId()
            : RateLimits.addressKey(settings, http, request));
  }

  /**
   * An answer given before any limit was applied (a token refused, an unknown route with a token)
   * still counts, by address, so that it can carry the headers too; it is not refused itself.
   */
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (settings.enabled() && request.getProperty(RateLimits.DECISION) == null) {
      request.setProperty(
          RateLimits.DECISION,
          limiter.take(
              RateLimits.policyFor(settings, request, false),
              RateLimits.addressKey(settings, http, request)));
    }
    if (request.getProperty(RateLimits.DECISION) instanceof RateDecision decision) {
      response.getHeaders().putSingle(RateLimits.POLICY_HEADER, decision.policy().header());
      response.getHeaders().putSingle(RateLimits.STATE_HEADER, decision.header());
    }
  }
}
