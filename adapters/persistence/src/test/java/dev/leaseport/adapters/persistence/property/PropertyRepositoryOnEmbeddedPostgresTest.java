package dev.leaseport.adapters.persistence.property;

import dev.leaseport.adapters.persistence.testing.EmbeddedTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;

/**
 * {@link PropertyRepositoryContract} on the embedded PostgreSQL: runs everywhere, Docker or not.
 */
class PropertyRepositoryOnEmbeddedPostgresTest extends PropertyRepositoryContract {
  @Override
  protected TestDatabase database() {
    return EmbeddedTestDatabase.instance();
  }
}
