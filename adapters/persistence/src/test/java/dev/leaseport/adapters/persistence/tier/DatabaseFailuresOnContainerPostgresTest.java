package dev.leaseport.adapters.persistence.tier;

import dev.leaseport.adapters.persistence.testing.ContainerTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link DatabaseFailuresContract} on a Testcontainers PostgreSQL; skipped where no Docker engine
 * runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class DatabaseFailuresOnContainerPostgresTest extends DatabaseFailuresContract {
  @Override
  protected TestDatabase database() {
    return ContainerTestDatabase.instance();
  }
}
