package dev.leaseport.adapters.rest.ratelimit;

/**
 * The answer for one request: allowed or not, what is left, when the bucket is full again and, when
 * refused, when the next request may come ({@code Retry-After}), all in whole seconds.
 */
public record RateDecision(
    RatePolicy policy, boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {

  /** The {@code RateLimit} field value of the IETF draft, e.g. {@code "caller";r=299;t=1}. */
  String header() {
    return "\"" + policy.name() + "\";r=" + remaining + ";t=" + resetSeconds;
  }
}
