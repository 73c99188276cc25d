package dev.leaseport.adapters.persistence.security;

import dev.leaseport.adapters.persistence.testing.ContainerTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link OwnershipSafeguardsContract} on a Testcontainers PostgreSQL; skipped where no Docker
 * engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class OwnershipSafeguardsOnContainerPostgresTest extends OwnershipSafeguardsContract {
  @Override
  protected TestDatabase database() {
    return ContainerTestDatabase.instance();
  }
}
