package dev.leaseport.adapters.persistence.security;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Runs raw SQL the way a request would (the user tier, as a caller) or as an anonymous {@code
 * authenticated} session without claims, always rolled back, and reports what the database said:
 * how many rows, or which SQLSTATE refused it.
 */
abstract class SecurityTest extends DatabaseTest {

  /** What one statement did: rows returned or touched, or the SQLSTATE of its refusal. */
  record Attempt(int rows, String sqlState) {
    boolean refused() {
      return sqlState != null;
    }
  }

  /** Runs {@code sql} in the user tier as {@code caller}, or anonymously when it is empty. */
  protected Attempt attempt(Optional<Caller> caller, String sql) {
    boolean query = sql.stripLeading().toLowerCase(java.util.Locale.ROOT).startsWith("select");
    return rolledBack(
        caller,
        dsl -> {
          try {
            return new Attempt(query ? dsl.fetch(sql).size() : dsl.execute(sql), null);
          } catch (DataAccessException e) {
            return new Attempt(0, e.sqlState());
          }
        });
  }

  protected Attempt attempt(Caller caller, String sql) {
    return attempt(Optional.of(caller), sql);
  }

  private <T> T rolledBack(Optional<Caller> caller, Function<DSLContext, T> work) {
    try {
      if (caller.isPresent()) {
        userTier()
            .run(
                caller.get(),
                () -> {
                  throw new Rollback(work.apply(transactions.dsl()));
                });
      } else {
        database()
            .authenticator()
            .transaction(
                configuration -> {
                  DSLContext dsl = configuration.dsl();
                  // Like the user tier, but with no claims at all: auth.uid() is null.
                  dsl.execute("set local role authenticated");
                  throw new Rollback(work.apply(dsl));
                });
      }
    } catch (Rollback rollback) {
      @SuppressWarnings("unchecked")
      T result = (T) rollback.result;
      return result;
    }
    throw new IllegalStateException("the attempt did not roll back");
  }

  /** Carries the result out of a transaction while making it roll back. */
  private static final class Rollback extends RuntimeException {
    private final transient Object result;

    Rollback(Object result) {
      super(null, null, false, false);
      this.result = result;
    }
  }
}
