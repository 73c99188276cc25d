package dev.leaseport.adapters.persistence.property;

import dev.leaseport.adapters.persistence.testing.ContainerTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link PropertyRepositoryContract} on a Testcontainers PostgreSQL; skipped where no Docker engine
 * runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class PropertyRepositoryOnContainerPostgresTest extends PropertyRepositoryContract {
  @Override
  protected TestDatabase database() {
    return ContainerTestDatabase.instance();
  }
}
