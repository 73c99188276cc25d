package dev.leaseport.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Superuser steps on the integration server's embedded database, for what no endpoint of this build
 * does yet: a tenant record and its link to a renter's user. The link is made only by accepting an
 * invitation; these tests set it directly, as the acceptance leaves it.
 */
final class ItDatabase {
  private static final String URL =
      "jdbc:postgresql://localhost:"
          + Integer.getInteger("leaseport.it.db.port", 55439)
          + "/leaseport";

  private ItDatabase() {}

  /**
   * A tenant record of the owner with {@code ownerEmail}, linked to the user {@code renterEmail}.
   */
  static String linkedTenantRecord(String ownerEmail, String renterEmail, String firstName) {
    return query(
        "insert into leaseport.tenants (owner_id, first_name, last_name, email, user_id)"
            + " select o.id, ?, 'Renter', ?, r.id from leaseport.users o, leaseport.users r"
            + " where o.email = ? and r.email = ? returning id",
        firstName,
        renterEmail,
        ownerEmail,
        renterEmail);
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
