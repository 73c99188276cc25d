package dev.leaseport.adapters.persistence.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.leaseport.adapters.persistence.database.DatabaseMigrator;
import java.net.URI;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A provisioned and migrated Leaseport database: the {@code authenticator} login of the request
 * pool, the {@code system_authenticator} login of the system tier's pool, and a superuser login for
 * arranging and inspecting data behind row-level security. Those three are pooled, as the server's
 * are, so a test does not pay a new connection per transaction; {@link #login} and {@link
 * #authenticatorThrough} open a fresh connection each time, for tests that refuse or cut them.
 */
public final class TestDatabase {
  private final String url;
  private final String authenticatorPassword;
  private final DSLContext authenticator;
  private final DSLContext systemAuthenticator;
  private final DSLContext secondSystemAuthenticator;
  private final DSLContext superuser;

  TestDatabase(
      String url,
      String superuser,
      String superuserPassword,
      String authenticatorPassword,
      String systemAuthenticatorPassword) {
    this.url = url;
    this.authenticatorPassword = authenticatorPassword;
    this.authenticator = dsl(pooled(url, "authenticator", authenticatorPassword));
    this.systemAuthenticator =
        dsl(pooled(url, "system_authenticator", systemAuthenticatorPassword));
    this.secondSystemAuthenticator =
        dsl(pooled(url, "system_authenticator", systemAuthenticatorPassword));
    this.superuser = dsl(pooled(url, superuser, superuserPassword));
  }

  /** Migrates the database behind {@code url} as the schema owner and opens the test logins. */
  static TestDatabase migrate(
      String url,
      String ownerPassword,
      String superuser,
      String superuserPassword,
      String authenticatorPassword,
      String systemAuthenticatorPassword) {
    DatabaseMigrator.migrate(url, "leaseport_owner", ownerPassword);
    return new TestDatabase(
        url, superuser, superuserPassword, authenticatorPassword, systemAuthenticatorPassword);
  }

  public String url() {
    return url;
  }

  /** The request pool's login: no rights of its own; may become {@code authenticated} only. */
  public DSLContext authenticator() {
    return authenticator;
  }

  /** The system tier pool's login: may become {@code service_role} only. */
  public DSLContext systemAuthenticator() {
    return systemAuthenticator;
  }

  /**
   * The system tier's login in a second pool of its own, as another server running against the same
   * database has it: for tests of work that must happen once across servers.
   */
  public DSLContext secondSystemAuthenticator() {
    return secondSystemAuthenticator;
  }

  /** The request pool's login, connecting through {@code 127.0.0.1:port} (e.g. a proxy). */
  public DSLContext authenticatorThrough(int port) {
    return dsl(dataSource(urlThrough(port), "authenticator", authenticatorPassword));
  }

  /** Any login role, e.g. one a test created with restrictions of its own. */
  public DSLContext login(String user, String password) {
    return dsl(dataSource(url, user, password));
  }

  /** The database server's host. */
  public String host() {
    return server().getHost();
  }

  /** The database server's port. */
  public int port() {
    return server().getPort();
  }

  private URI server() {
    return URI.create(url.substring("jdbc:".length()));
  }

  private String urlThrough(int port) {
    return "jdbc:postgresql://127.0.0.1:" + port + server().getRawPath();
  }

  /** A superuser: bypasses grants and row-level security. For arranging and inspecting only. */
  public DSLContext superuser() {
    return superuser;
  }

  /** The number a counting query returns, read as superuser (behind row-level security). */
  public long count(String sql, Object... bindings) {
    return ((Number) superuser.fetchValue(sql, bindings)).longValue();
  }

  /** Every table of schema {@code leaseport} except Flyway's history, by name. */
  public List<String> tenantTables() {
    return superuser
        .fetch(
            "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = 'leaseport' and c.relkind in ('r', 'p')"
                + " and c.relname <> 'flyway_schema_history' order by c.relname")
        .getValues(0, String.class);
  }

  /** Removes every row of every tenant table, so each test starts from an empty database. */
  public void truncateTenantData() {
    List<String> tables = tenantTables();
    if (tables.isEmpty()) {
      throw new IllegalStateException("No tables in schema leaseport: was it migrated?");
    }
    superuser.execute(
        "truncate table "
            + String.join(", ", tables.stream().map(t -> "leaseport." + DSL.quotedName(t)).toList())
            + " cascade");
  }

  /** A small pool per login; its connections close with the JVM, like the database they use. */
  private static DataSource pooled(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("test-" + user);
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    return new HikariDataSource(config);
  }

  /** A new connection per use: nothing pooled survives a cut or refused connection. */
  private static DataSource dataSource(String url, String user, String password) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    dataSource.setUser(user);
    dataSource.setPassword(password);
    return dataSource;
  }

  private static DSLContext dsl(DataSource dataSource) {
    return DSL.using(dataSource, SQLDialect.POSTGRES);
  }
}
