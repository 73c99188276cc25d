package dev.leaseport.adapters.persistence.unit;

import dev.leaseport.adapters.persistence.testing.ContainerTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link UnitRepositoryContract} on a Testcontainers PostgreSQL; skipped where no Docker engine
 * runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class UnitRepositoryOnContainerPostgresTest extends UnitRepositoryContract {
  @Override
  protected TestDatabase database() {
    return ContainerTestDatabase.instance();
  }
}
