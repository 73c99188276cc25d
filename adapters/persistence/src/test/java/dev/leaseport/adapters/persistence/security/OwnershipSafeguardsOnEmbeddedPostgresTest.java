package dev.leaseport.adapters.persistence.security;

import dev.leaseport.adapters.persistence.testing.EmbeddedTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;

/**
 * {@link OwnershipSafeguardsContract} on the embedded PostgreSQL: runs everywhere, Docker or not.
 */
class OwnershipSafeguardsOnEmbeddedPostgresTest extends OwnershipSafeguardsContract {
  @Override
  protected TestDatabase database() {
    return EmbeddedTestDatabase.instance();
  }
}
