package dev.leaseport.adapters.persistence.identity;

import dev.leaseport.adapters.persistence.testing.ContainerTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link UserProfileRepositoryContract} on a Testcontainers PostgreSQL; skipped where no Docker
 * engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class UserProfileRepositoryOnContainerPostgresTest extends UserProfileRepositoryContract {
  @Override
  protected TestDatabase database() {
    return ContainerTestDatabase.instance();
  }
}
