package dev.leaseport.bootstrap.wiring;

import dev.leaseport.adapters.rest.ratelimit.RateLimitSettings;
import dev.leaseport.adapters.rest.ratelimit.RateLimiter;
import dev.leaseport.bootstrap.startup.LeaseportRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** The rate limits from the settings, and this server's one in-memory store of buckets. */
@ApplicationScoped
public class RateLimitWiring {
  @Inject LeaseportRuntime runtime;
  private final RateLimiter limiter = RateLimiter.inMemory();

  @Produces
  RateLimitSettings rateLimitSettings() {
    return runtime.settings().rateLimits();
  }

  @Produces
  RateLimiter rateLimiter() {
    return limiter;
  }
}
