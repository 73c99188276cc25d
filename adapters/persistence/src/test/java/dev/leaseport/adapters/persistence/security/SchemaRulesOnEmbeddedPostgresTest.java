package dev.leaseport.adapters.persistence.security;

import dev.leaseport.adapters.persistence.testing.EmbeddedTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;

/** {@link SchemaRulesContract} on the embedded PostgreSQL: runs everywhere, Docker or not. */
class SchemaRulesOnEmbeddedPostgresTest extends SchemaRulesContract {
  @Override
  protected TestDatabase database() {
    return EmbeddedTestDatabase.instance();
  }
}
