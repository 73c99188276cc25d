package dev.leaseport.bootstrap.health;

import dev.leaseport.bootstrap.config.LeaseportSettings;
import dev.leaseport.bootstrap.startup.LeaseportRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means: migrations applied at start-up, and the database answers now. It asks on a
 * connection of its own ({@link DatabaseProbe}), not one borrowed from the request pool: a pool
 * busy under load would otherwise take a healthy server out of rotation and add to the load.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject LeaseportRuntime runtime;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database").withData("migrated", runtime.isMigrated());
    if (!runtime.isMigrated()) {
      return response.down().build();
    }
    LeaseportSettings settings = runtime.settings();
    if (DatabaseProbe.answers(settings.dbUrl(), settings.dbUser(), settings.dbPassword())) {
      return response.up().build();
    }
    return response.down().withData("error", "database unreachable").build();
  }
}
