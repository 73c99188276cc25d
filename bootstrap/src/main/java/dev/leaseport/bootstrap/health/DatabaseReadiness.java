package dev.leaseport.bootstrap.health;

import dev.leaseport.bootstrap.startup.LeaseportRuntime;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready means: migrations applied at start-up, and the pool can reach the database now. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/leaseport")
  DataSource dataSource;

  @Inject LeaseportRuntime runtime;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database").withData("migrated", runtime.isMigrated());
    if (!runtime.isMigrated()) {
      return response.down().build();
    }
    try (Connection connection = dataSource.getConnection()) {
      return response.status(connection.isValid(TIMEOUT_SECONDS)).build();
    } catch (SQLException e) {
      return response.down().withData("error", "database unreachable").build();
    }
  }
}
