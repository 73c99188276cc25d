package dev.leaseport.adapters.persistence.security;

import dev.leaseport.adapters.persistence.testing.ContainerTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link RowLevelSecurityMatrixContract} on a Testcontainers PostgreSQL; skipped where no Docker
 * engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class RowLevelSecurityMatrixOnContainerPostgresTest extends RowLevelSecurityMatrixContract {
  @Override
  protected TestDatabase database() {
    return ContainerTestDatabase.instance();
  }
}
