package dev.leaseport.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The integration-test server's embedded database, reached as its superuser, for the few
 * arrangements HTTP cannot make, such as an invitation past its expiry. Never for checking what the
 * API answers, beyond counting notifications.
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

  static long notifications(String userEmail, String leaseId, String type) {
    return Long.parseLong(
        query(
            "select count(*) from leaseport.notifications n join leaseport.users u"
                + " on u.id = n.user_id where u.email = ? and n.type::text = ? and n.link = ?",
            userEmail,
            type,
            "/api/v1/leases/" + leaseId));
  }

  /** A count, e.g. of the rows a request created. */
  static long count(String sql, Object... values) {
    return Long.parseLong(query(sql, values));
  }

  private static String query(String sql, Object... values) {
    try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException("no row from " + sql);
        }
        return rows.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static String newEmail(String kind) {
    return kind + "-" + UUID.randomUUID() + "@example.test";
  }
}
