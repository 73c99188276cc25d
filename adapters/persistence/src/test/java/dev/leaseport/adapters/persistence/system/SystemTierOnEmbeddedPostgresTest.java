package dev.leaseport.adapters.persistence.system;

import dev.leaseport.adapters.persistence.testing.EmbeddedTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;

/** {@link SystemTierContract} on the embedded PostgreSQL: runs everywhere, Docker or not. */
class SystemTierOnEmbeddedPostgresTest extends SystemTierContract {
  @Override
  protected TestDatabase database() {
    return EmbeddedTestDatabase.instance();
  }
}
