package dev.leaseport.adapters.persistence.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL server run by Leaseport itself for the zero-setup local mode and for tests. With a
 * data folder its data survives restarts; without one it lives in a temporary folder.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  public static final String SUPERUSER = "postgres";
  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** Starts (or restarts) the server keeping its files in {@code dataDirectory}. */
  public static EmbeddedDatabase startPersistent(Path dataDirectory, int port) {
    try {
      Files.createDirectories(dataDirectory);
      return new EmbeddedDatabase(
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(port)
              // Loaded (not created): `create extension pg_stat_statements` then shows what each
              // request costs the database, as bench/run.sh reports. Overhead: a hash per
              // statement.
              .setServerConfig("shared_preload_libraries", "pg_stat_statements")
              .start());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  /** Starts a throw-away server on a free port, for tests. */
  public static EmbeddedDatabase startTemporary() {
    try {
      return new EmbeddedDatabase(EmbeddedPostgres.builder().start());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
