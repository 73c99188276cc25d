package dev.leaseport.it;

import dev.leaseport.adapters.persistence.database.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The job functions the servers under test are configured to run ({@code LEASEPORT_JOBS_EXTRA}),
 * made by the tests as the database's superuser in their own schema: each call of {@code
 * record_effect} leaves one row in {@code jobs_test.effects}, so a test counts how often a job's
 * work really happened; {@code fail_after_writing} writes, then fails.
 */
final class ItJobFunctions {
  static final String RECORD_EFFECT = "it-record-effect";
  static final String FAIL_AFTER_WRITING = "it-fail";
  static final String EXTRA_JOBS =
      RECORD_EFFECT
          + "=jobs_test.record_effect,"
          + FAIL_AFTER_WRITING
          + "=jobs_test.fail_after_writing";

  private final String jdbcUrl;

  private ItJobFunctions(String jdbcUrl) {
    this.jdbcUrl = jdbcUrl;
  }

  /** Creates the functions (again, harmlessly) in the database at {@code jdbcUrl}. */
  static ItJobFunctions createIn(String jdbcUrl) {
    ItJobFunctions functions = new ItJobFunctions(jdbcUrl);
    functions.execute(
        """
        create schema if not exists jobs_test;
        grant usage on schema jobs_test to service_role;
        create table if not exists jobs_test.effects (
          job text not null, as_of date not null, at timestamptz not null default clock_timestamp());
        grant select, insert on jobs_test.effects to service_role;

        create or replace function jobs_test.record_effect(as_of date) returns jsonb
        language plpgsql as $$
        begin
          perform pg_sleep(0.2); -- long enough for a second server to arrive meanwhile
          insert into jobs_test.effects (job, as_of) values ('record-effect', as_of);
          return jsonb_build_object('effects', 1);
        end $$;

        create or replace function jobs_test.fail_after_writing(as_of date) returns jsonb
        language plpgsql as $$
        begin
          insert into jobs_test.effects (job, as_of) values ('fail', as_of);
          raise exception 'the test job broke after writing';
        end $$;

        revoke execute on function jobs_test.record_effect(date),
          jobs_test.fail_after_writing(date) from public;
        grant execute on function jobs_test.record_effect(date),
          jobs_test.fail_after_writing(date) to service_role;
        """);
    return functions;
  }

  /** The Arquillian server's embedded database (local mode, its own port). */
  static ItJobFunctions onTheItServer() {
    int port = Integer.getInteger("leaseport.it.db.port", 55439);
    return createIn("jdbc:postgresql://127.0.0.1:" + port + "/leaseport");
  }

  long effects(LocalDate asOf) {
    return count("select count(*) from jobs_test.effects where as_of = ?", asOf);
  }

  long runRecords(String job, LocalDate asOf) {
    return count(
        "select count(*) from leaseport.job_runs where job = ? and run_date = ?", job, asOf);
  }

  private long count(String sql, Object... bindings) {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < bindings.length; i++) {
        statement.setObject(i + 1, bindings[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void execute(String sql) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, EmbeddedDatabase.SUPERUSER, "");
  }
}
