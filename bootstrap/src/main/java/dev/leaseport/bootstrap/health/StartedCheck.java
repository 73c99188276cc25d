package dev.leaseport.bootstrap.health;

import dev.leaseport.bootstrap.startup.LeaseportRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once the start-up sequence has prepared the database. */
@Startup
@ApplicationScoped
public class StartedCheck implements HealthCheck {
  @Inject LeaseportRuntime runtime;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("startup").status(runtime.isMigrated()).build();
  }
}
