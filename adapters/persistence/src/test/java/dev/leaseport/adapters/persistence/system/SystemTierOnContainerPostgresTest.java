package dev.leaseport.adapters.persistence.system;

import dev.leaseport.adapters.persistence.testing.ContainerTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link SystemTierContract} on a Testcontainers PostgreSQL; skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class SystemTierOnContainerPostgresTest extends SystemTierContract {
  @Override
  protected TestDatabase database() {
    return ContainerTestDatabase.instance();
  }
}
