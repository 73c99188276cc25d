package dev.leaseport.adapters.persistence.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates Leaseport's roles and database on a server where Leaseport holds a superuser login (the
 * embedded one, tests). Elsewhere a DBA runs {@code db/provision/01-roles.sql} once.
 */
public final class DatabaseProvisioner {
  private static final String ROLES_SCRIPT = "/db/provision/01-roles.sql";

  private DatabaseProvisioner() {}

  /**
   * @param maintenanceUrl JDBC URL of the server's {@code postgres} database
   * @param database the database to create for Leaseport when missing
   */
  public static void provision(
      String maintenanceUrl,
      String superuser,
      String superuserPassword,
      String database,
      String ownerPassword,
      String authenticatorPassword,
      String systemAuthenticatorPassword) {
    try (Connection connection =
        DriverManager.getConnection(maintenanceUrl, superuser, superuserPassword)) {
      try (PreparedStatement settings =
          connection.prepareStatement(
              "select set_config('leaseport.owner_password', ?, false),"
                  + " set_config('leaseport.authenticator_password', ?, false),"
                  + " set_config('leaseport.system_authenticator_password', ?, false)")) {
        settings.setString(1, ownerPassword == null ? "" : ownerPassword);
        settings.setString(2, authenticatorPassword == null ? "" : authenticatorPassword);
        settings.setString(
            3, systemAuthenticatorPassword == null ? "" : systemAuthenticatorPassword);
        settings.execute();
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute(readScript());
      }
      if (!databaseExists(connection, database)) {
        try (Statement statement = connection.createStatement()) {
          // The name is Leaseport's own configuration, quoted as an identifier.
          statement.execute(
              "create database \"" + database.replace("\"", "\"\"") + "\" owner leaseport_owner");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not provision the database roles", e);
    }
  }

  private static boolean databaseExists(Connection connection, String database)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      query.setString(1, database);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static String readScript() {
    try (InputStream in = DatabaseProvisioner.class.getResourceAsStream(ROLES_SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException(ROLES_SCRIPT + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
