package dev.leaseport.adapters.persistence.testing;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.testcontainers.DockerClientFactory;

/**
 * The PostgreSQL servers every {@link DatabaseTest} runs against, one run per server: the embedded
 * one everywhere, and a Testcontainers one where a Docker engine runs (skipped otherwise).
 */
public enum PostgresUnderTest {
  EMBEDDED_POSTGRES(EmbeddedTestDatabase::instance, () -> true),
  CONTAINER_POSTGRES(
      ContainerTestDatabase::instance, () -> DockerClientFactory.instance().isDockerAvailable());

  private final Supplier<TestDatabase> database;
  private final BooleanSupplier available;
  private volatile Boolean availableHere;

  PostgresUnderTest(Supplier<TestDatabase> database, BooleanSupplier available) {
    this.database = database;
    this.available = available;
  }

  /** The provisioned and migrated database, started on first use and shared by the test JVM. */
  public TestDatabase database() {
    return database.get();
  }

  /** Whether this server can run here; the container needs a Docker engine. */
  public boolean isAvailable() {
    if (availableHere == null) {
      availableHere = available.getAsBoolean(); // looking for Docker takes a while: once per JVM
    }
    return availableHere;
  }
}
