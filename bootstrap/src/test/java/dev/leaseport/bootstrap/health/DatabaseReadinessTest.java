package dev.leaseport.bootstrap.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.database.DatabaseProvisioner;
import dev.leaseport.adapters.persistence.database.EmbeddedDatabase;
import dev.leaseport.bootstrap.config.LeaseportSettings;
import dev.leaseport.bootstrap.config.SettingsLoader;
import dev.leaseport.bootstrap.startup.LeaseportRuntime;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Readiness answers whether the database can be reached now, not whether the request pool has a
 * free connection: a pool busy under load must not take the server out of rotation.
 */
class DatabaseReadinessTest {
  private static EmbeddedDatabase database;

  @BeforeAll
  static void aRealDatabase() {
    PlainHealthResponses.install();
    database = EmbeddedDatabase.startTemporary();
    DatabaseProvisioner.provision(
        database.jdbcUrl("postgres"), EmbeddedDatabase.SUPERUSER, "", "leaseport", "", "", "");
  }

  @AfterAll
  static void stopIt() {
    database.close();
  }

  @Test
  void isUpWhenTheDatabaseAnswersWithoutBorrowingFromTheRequestPool() {
    DatabaseReadiness readiness = readiness(database.jdbcUrl("leaseport"));

    assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
  }

  @Test
  void isDownWhenNothingListensWhereTheDatabaseShouldBe() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    HealthCheckResponse response = readiness(urlOnPort(closedPort)).call();

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
  }

  @Test
  void isDownWithinAFewSecondsWhenTheDatabaseNeverAnswers() throws IOException {
    // Accepts the connection and then stays silent, like a hung server.
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<Socket> held = new ArrayList<>();
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  held.add(silent.accept());
                } catch (IOException ignored) {
                  // closed at the end of the test
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      long started = System.nanoTime();

      HealthCheckResponse response = readiness(urlOnPort(silent.getLocalPort())).call();

      assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }
  }

  @Test
  void isDownUntilTheMigrationsHaveRun() {
    DatabaseReadiness readiness = readiness(database.jdbcUrl("leaseport"));
    readiness.runtime = new FixedRuntime(settings(database.jdbcUrl("leaseport")), false);

    assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
  }

  private static String urlOnPort(int port) {
    return "jdbc:postgresql://localhost:" + port + "/leaseport";
  }

  private static DatabaseReadiness readiness(String url) {
    DatabaseReadiness readiness = new DatabaseReadiness();
    readiness.runtime = new FixedRuntime(settings(url), true);
    return readiness;
  }

  private static LeaseportSettings settings(String url) {
    Map<String, String> env =
        Map.of(
            "LEASEPORT_MODE",
            "local",
            "LEASEPORT_HTTP_HOST",
            "127.0.0.1",
            "LEASEPORT_DB_URL",
            url,
            "LEASEPORT_DB_PASSWORD",
            "x");
    return SettingsLoader.load(key -> Optional.ofNullable(env.get(key)));
  }

  /** A runtime with fixed settings, migrated or not. */
  private static final class FixedRuntime extends LeaseportRuntime {
    private final LeaseportSettings settings;
    private final boolean migrated;

    FixedRuntime(LeaseportSettings settings, boolean migrated) {
      this.settings = settings;
      this.migrated = migrated;
    }

    @Override
    public synchronized LeaseportSettings settings() {
      return settings;
    }

    @Override
    public boolean isMigrated() {
      return migrated;
    }
  }
}
