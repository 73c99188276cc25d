package dev.leaseport.adapters.persistence.testing;

import dev.leaseport.adapters.persistence.database.DatabaseProvisioner;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * One PostgreSQL container for the whole test JVM, started on first use. Its login is a superuser,
 * so it is provisioned with the same {@code 01-roles.sql} a DBA runs, with real passwords. Only
 * classes annotated {@code @Testcontainers(disabledWithoutDocker = true)} may ask for it.
 */
public final class ContainerTestDatabase {
  private static final String IMAGE = "postgres:17-alpine";
  private static final String OWNER_PASSWORD = "owner-test-password";
  private static final String AUTHENTICATOR_PASSWORD = "authenticator-test-password";
  private static final String SYSTEM_AUTHENTICATOR_PASSWORD = "system-authenticator-test-password";

  private ContainerTestDatabase() {}

  public static TestDatabase instance() {
    return Holder.DATABASE;
  }

  private static final class Holder {
    static final TestDatabase DATABASE = start();

    @SuppressWarnings("resource") // Stopped by Testcontainers' reaper when the JVM ends.
    private static TestDatabase start() {
      PostgreSQLContainer<?> container = new PostgreSQLContainer<>(IMAGE);
      container.start();
      DatabaseProvisioner.provision(
          container.getJdbcUrl(),
          container.getUsername(),
          container.getPassword(),
          "leaseport",
          OWNER_PASSWORD,
          AUTHENTICATOR_PASSWORD,
          SYSTEM_AUTHENTICATOR_PASSWORD);
      String url =
          "jdbc:postgresql://"
              + container.getHost()
              + ":"
              + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT)
              + "/leaseport";
      return TestDatabase.migrate(
          url,
          OWNER_PASSWORD,
          container.getUsername(),
          container.getPassword(),
          AUTHENTICATOR_PASSWORD,
          SYSTEM_AUTHENTICATOR_PASSWORD);
    }
  }
}
