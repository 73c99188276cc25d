package dev.leaseport.adapters.persistence.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rule "rent is greater than 0" arrives on databases that may already hold a rent of 0: the
 * migration must not fail on them, and must still refuse every new 0.
 */
class UnitRentMigrationOnEmbeddedPostgresTest {
  private final TestDatabase server = EmbeddedTestDatabase.instance();
  private final String name = "leaseport_upgrade_" + UUID.randomUUID().toString().replace("-", "");
  private String url;

  @BeforeEach
  void aDatabaseMigratedOnlyToTheVersionBeforeTheRule() {
    server.superuser().execute("create database " + name + " owner leaseport_owner");
    url = server.url().substring(0, server.url().lastIndexOf('/') + 1) + name;
    flyway().target("2").load().migrate();
  }

  @AfterEach
  void dropIt() {
    server.superuser().execute("drop database if exists " + name + " with (force)");
  }

  @Test
  void aDatabaseThatAlreadyHoldsARentOfZeroMigratesKeepsTheRowAndRefusesNewZeros()
      throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.SUPERUSER, "")) {
      DSLContext sql = DSL.using(connection, SQLDialect.POSTGRES);
      // Only the unit matters here: skip the foreign keys' triggers rather than build its owner.
      sql.execute("set session_replication_role = replica");
      sql.execute(
          "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount)"
              + " values (gen_random_uuid(), gen_random_uuid(), 'free', 0)");

      flyway().load().migrate();

      assertThat(sql.fetchValue("select count(*) from leaseport.units where rent_amount = 0"))
          .isEqualTo(1L);
      assertThat(
              sql.fetchValue(
                  "select convalidated from pg_constraint where conname = 'units_rent_amount_check'"))
          .isEqualTo(false);
      assertThatThrownBy(
              () ->
                  sql.execute(
                      "insert into leaseport.units (owner_id, property_id, unit_number,"
                          + " rent_amount) values (gen_random_uuid(), gen_random_uuid(), 'new', 0)"))
          .isInstanceOfSatisfying(
              DataAccessException.class, e -> assertThat(e.sqlState()).isEqualTo("23514"));
    }
  }

  private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
    return Flyway.configure(getClass().getClassLoader())
        .dataSource(url, "leaseport_owner", "")
        .schemas("leaseport", "auth")
        .defaultSchema("leaseport")
        .locations("classpath:db/migration");
  }
}
