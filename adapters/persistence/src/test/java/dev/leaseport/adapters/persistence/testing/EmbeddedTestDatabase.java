package dev.leaseport.adapters.persistence.testing;

import dev.leaseport.adapters.persistence.database.DatabaseProvisioner;
import dev.leaseport.adapters.persistence.database.EmbeddedDatabase;

/**
 * One embedded PostgreSQL for the whole test JVM, provisioned with {@code 01-roles.sql} and
 * migrated exactly as the local mode does; stopped when the JVM exits.
 */
public final class EmbeddedTestDatabase {
  private EmbeddedTestDatabase() {}

  public static TestDatabase instance() {
    return Holder.DATABASE;
  }

  private static final class Holder {
    static final TestDatabase DATABASE = start();

    private static TestDatabase start() {
      EmbeddedDatabase server = EmbeddedDatabase.startTemporary();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
      DatabaseProvisioner.provision(
          server.jdbcUrl("postgres"), EmbeddedDatabase.SUPERUSER, "", "leaseport", "", "", "");
      return TestDatabase.migrate(
          server.jdbcUrl("leaseport"), "", EmbeddedDatabase.SUPERUSER, "", "", "");
    }
  }
}
