package dev.leaseport.adapters.persistence.tier;

import dev.leaseport.adapters.persistence.testing.EmbeddedTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;

/** {@link DatabaseFailuresContract} on the embedded PostgreSQL: runs everywhere, Docker or not. */
class DatabaseFailuresOnEmbeddedPostgresTest extends DatabaseFailuresContract {
  @Override
  protected TestDatabase database() {
    return EmbeddedTestDatabase.instance();
  }
}
