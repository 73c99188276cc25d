package dev.leaseport.bootstrap.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens one short-lived connection of its own, outside every pool, with 2 s timeouts for
 * connecting, logging in and each read: whether the database answers now, never whether a pool has
 * a free connection, and never a wait longer than a probe's patience.
 */
final class DatabaseProbe {
  static final int TIMEOUT_SECONDS = 2;

  private DatabaseProbe() {}

  static boolean answers(String url, String user, String password) {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
    properties.setProperty("loginTimeout", String.valueOf(TIMEOUT_SECONDS));
    properties.setProperty("socketTimeout", String.valueOf(TIMEOUT_SECONDS));
    properties.setProperty("ApplicationName", "leaseport-readiness");
    // The driver itself, not DriverManager: inside the server it is visible to the application
    // through the shared library, but DriverManager's registry depends on who loaded it first.
    try (Connection connection = new org.postgresql.Driver().connect(url, properties)) {
      return connection != null && connection.isValid(TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }
}
