package dev.leaseport.adapters.persistence.unit;

import dev.leaseport.adapters.persistence.testing.EmbeddedTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;

/** {@link UnitRepositoryContract} on the embedded PostgreSQL: runs everywhere, Docker or not. */
class UnitRepositoryOnEmbeddedPostgresTest extends UnitRepositoryContract {
  @Override
  protected TestDatabase database() {
    return EmbeddedTestDatabase.instance();
  }
}
