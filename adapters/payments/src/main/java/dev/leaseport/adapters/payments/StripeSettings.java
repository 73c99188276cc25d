package dev.leaseport.adapters.payments;

import java.time.Duration;
import java.util.Optional;

/**
 * How to reach Stripe: the secret key, an API base for tests (a fake Stripe on loopback), the
 * network retries and timeouts. The key stays out of {@link #toString()}.
 */
public record StripeSettings(
    String secretKey,
    Optional<String> apiBase,
    int maxNetworkRetries,
    Duration connectTimeout,
    Duration readTimeout) {

  /** Retries and timeouts for production: a slow Stripe must not hold a request thread long. */
  public static StripeSettings of(String secretKey, Optional<String> apiBase) {
    return new StripeSettings(secretKey, apiBase, 2, Duration.ofSeconds(5), Duration.ofSeconds(20));
  }

  @Override
  public String toString() {
    return "StripeSettings[apiBase="
        + apiBase.orElse("stripe")
        + ", maxNetworkRetries="
        + maxNetworkRetries
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + "]";
  }
}
