package dev.leaseport.adapters.persistence.security;

import dev.leaseport.adapters.persistence.testing.EmbeddedTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;

/** {@link PrivilegesContract} on the embedded PostgreSQL: runs everywhere, Docker or not. */
class PrivilegesOnEmbeddedPostgresTest extends PrivilegesContract {
  @Override
  protected TestDatabase database() {
    return EmbeddedTestDatabase.instance();
  }
}
