package dev.leaseport.adapters.persistence.security;

import dev.leaseport.adapters.persistence.testing.EmbeddedTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;

/**
 * {@link RowLevelSecurityMatrixContract} on the embedded PostgreSQL: runs everywhere, Docker or
 * not.
 */
class RowLevelSecurityMatrixOnEmbeddedPostgresTest extends RowLevelSecurityMatrixContract {
  @Override
  protected TestDatabase database() {
    return EmbeddedTestDatabase.instance();
  }
}
