package dev.leaseport.adapters.persistence.database;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Applies the Flyway migrations as the schema owner; requests never run migrations. */
public final class DatabaseMigrator {

  private DatabaseMigrator() {}

  public static MigrateResult migrate(String url, String ownerUser, String ownerPassword) {
    return configure(url, ownerUser, ownerPassword).load().migrate();
  }

  static org.flywaydb.core.api.configuration.FluentConfiguration configure(
      String url, String ownerUser, String ownerPassword) {
    return Flyway.configure(DatabaseMigrator.class.getClassLoader())
        .dataSource(url, ownerUser, ownerPassword)
        .schemas("leaseport", "auth")
        .defaultSchema("leaseport")
        // Inside Liberty, classpath scanning finds the folder by its marker file flyway.location.
        .locations("classpath:db/migration")
        .callbackLocations("classpath:db/migration")
        .failOnMissingLocations(true)
        .validateMigrationNaming(true);
  }
}
