package dev.leaseport.adapters.persistence.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.database.EmbeddedDatabase;
import dev.leaseport.adapters.persistence.testing.EmbeddedTestDatabase;
import dev.leaseport.adapters.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Notes written before they moved out of tenants survive the move, with their owner. */
class TenantNotesMigrationOnEmbeddedPostgresTest {
  private final TestDatabase server = EmbeddedTestDatabase.instance();
  private final String name = "leaseport_notes_" + UUID.randomUUID().toString().replace("-", "");
  private String url;

  @BeforeEach
  void aDatabaseMigratedOnlyToTheVersionBeforeTheMove() {
    server.superuser().execute("create database " + name + " owner leaseport_owner");
    url = server.url().substring(0, server.url().lastIndexOf('/') + 1) + name;
    flyway().target("51").load().migrate();
  }

  @AfterEach
  void dropIt() {
    server.superuser().execute("drop database if exists " + name + " with (force)");
  }

  @Test
  void existingNotesAreCopiedAndTheColumnLeavesTenants() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.SUPERUSER, "")) {
      DSLContext sql = DSL.using(connection, SQLDialect.POSTGRES);
      UUID owner = UUID.randomUUID();
      sql.execute(
          "insert into leaseport.users (id, email, user_type) values (?, 'o@x.test', 'OWNER')",
          owner);
      UUID noted = tenant(sql, owner, "noted@x.test", "Pays late");
      tenant(sql, owner, "plain@x.test", null);

      flyway().load().migrate();

      assertThat(sql.fetch("select tenant_id, owner_id, notes from leaseport.tenant_notes"))
          .singleElement()
          .satisfies(
              row -> {
                assertThat(row.get(0, UUID.class)).isEqualTo(noted);
                assertThat(row.get(1, UUID.class)).isEqualTo(owner);
                assertThat(row.get(2, String.class)).isEqualTo("Pays late");
              });
      assertThat(
              sql.fetchValue(
                  "select count(*) from information_schema.columns where table_schema ="
                      + " 'leaseport' and table_name = 'tenants' and column_name = 'notes'"))
          .isEqualTo(0L);
    }
  }

  private static UUID tenant(DSLContext sql, UUID owner, String email, String notes) {
    return sql.fetchSingle(
            "insert into leaseport.tenants (owner_id, first_name, last_name, email, notes)"
                + " values (?, 'A', 'Renter', ?, ?) returning id",
            owner,
            email,
            notes)
        .get(0, UUID.class);
  }

  private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
    return Flyway.configure(getClass().getClassLoader())
        .dataSource(url, "leaseport_owner", "")
        .schemas("leaseport", "auth")
        .defaultSchema("leaseport")
        .locations("classpath:db/migration");
  }
}
