package dev.leaseport.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The integration-test server's embedded database, reached as its superuser, for the few
 * arrangements HTTP cannot make (an invitation past its expiry). Never for checking what the API
 * answers.
 */
final class ItDatabase {
  private static final String URL =
      "jdbc:postgresql://localhost:"
          + Integer.getInteger("leaseport.it.db.port", 55439)
          + "/leaseport";

  private ItDatabase() {}

  static int execute(String sql, Object... bindings) {
    try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < bindings.length; i++) {
        statement.setObject(i + 1, bindings[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not arrange the test data", e);
    }
  }
}
