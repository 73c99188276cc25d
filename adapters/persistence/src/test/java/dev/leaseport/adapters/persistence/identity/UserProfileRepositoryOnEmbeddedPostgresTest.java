package dev.leaseport.adapters.persistence.identity;

import dev.leaseport.adapters.persistence.testing.EmbeddedTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;

/**
 * {@link UserProfileRepositoryContract} on the embedded PostgreSQL: runs everywhere, Docker or not.
 */
class UserProfileRepositoryOnEmbeddedPostgresTest extends UserProfileRepositoryContract {
  @Override
  protected TestDatabase database() {
    return EmbeddedTestDatabase.instance();
  }
}
