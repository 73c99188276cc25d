package dev.leaseport.bootstrap.startup;

import dev.leaseport.adapters.persistence.database.DatabaseMigrator;
import dev.leaseport.adapters.persistence.database.DatabaseProvisioner;
import dev.leaseport.adapters.persistence.database.EmbeddedDatabase;
import dev.leaseport.bootstrap.config.DotEnvConfigSource;
import dev.leaseport.bootstrap.config.LeaseportSettings;
import dev.leaseport.bootstrap.config.SettingsLoader;
import dev.leaseport.bootstrap.config.SettingsSources;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/**
 * Owns what must exist before requests: validated settings, the embedded database in local mode,
 * roles and migrations. Idempotent, so producers may ask for settings before start-up has run.
 */
@ApplicationScoped
public class LeaseportRuntime {
  private static final Logger LOG = Logger.getLogger(LeaseportRuntime.class.getName());
  private LeaseportSettings settings;
  private EmbeddedDatabase embedded;
  private volatile boolean migrated;

  public synchronized LeaseportSettings settings() {
    if (settings == null) {
      DotEnvConfigSource dotEnv = new DotEnvConfigSource();
      settings =
          SettingsLoader.load(
              SettingsSources.environmentThenDotEnv(System.getenv(), dotEnv),
              SettingsSources.serverKeysOnlyInDotEnv(System.getenv(), dotEnv));
    }
    return settings;
  }

  /** Brings the database to the current schema; the server is not ready until this is done. */
  public synchronized void prepareDatabase() {
    if (migrated) {
      return;
    }
    LeaseportSettings s = settings();
    LOG.info("Starting Leaseport: " + s);
    if (s.usesEmbeddedDatabase()) {
      long started = System.nanoTime();
      embedded =
          EmbeddedDatabase.startPersistent(
              s.dataDirectory().resolve("postgres"), s.embeddedDbPort());
      DatabaseProvisioner.provision(
          embedded.jdbcUrl("postgres"),
          EmbeddedDatabase.SUPERUSER,
          "",
          "leaseport",
          s.dbAdminPassword(),
          s.dbPassword(),
          s.systemPool().password());
      LOG.info(
          "Embedded PostgreSQL ready on port "
              + embedded.port()
              + " with data in "
              + s.dataDirectory().resolve("postgres")
              + " ("
              + (System.nanoTime() - started) / 1_000_000
              + " ms)");
    }
    var result = DatabaseMigrator.migrate(s.dbUrl(), s.dbAdminUser(), s.dbAdminPassword());
    LOG.info(
        "Database schema at version "
            + result.targetSchemaVersion
            + " ("
            + result.migrationsExecuted
            + " migration(s) applied now)");
    migrated = true;
  }

  public boolean isMigrated() {
    return migrated;
  }

  @PreDestroy
  synchronized void stop() {
    if (embedded != null) {
      embedded.close();
      embedded = null;
      LOG.info("Embedded PostgreSQL stopped");
    }
  }
}
