package dev.leaseport.adapters.persistence.identity;

import dev.leaseport.adapters.persistence.testing.EmbeddedTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;

/**
 * {@link UserAccountProvisioningContract} on the embedded PostgreSQL: runs everywhere, Docker or
 * not.
 */
class UserAccountProvisioningOnEmbeddedPostgresTest extends UserAccountProvisioningContract {
  @Override
  protected TestDatabase database() {
    return EmbeddedTestDatabase.instance();
  }
}
