package dev.leaseport.adapters.persistence.tier;

import dev.leaseport.adapters.persistence.testing.EmbeddedTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;

/** {@link UserTierContract} on the embedded PostgreSQL: runs everywhere, Docker or not. */
class UserTierOnEmbeddedPostgresTest extends UserTierContract {
  @Override
  protected TestDatabase database() {
    return EmbeddedTestDatabase.instance();
  }
}
