package dev.leaseport.adapters.persistence.tier;

import static dev.leaseport.adapters.persistence.tier.LocalSettings.setLocal;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.jsonbObject;
import static org.jooq.impl.DSL.key;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import dev.leaseport.adapters.persistence.support.TransactionRetry;
import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Results;
import org.jooq.impl.SQLDataType;

/**
 * Runs each unit of request work in one transaction as {@code authenticated} with the caller's
 * claims, after making sure the caller has an up-to-date user row ({@code
 * leaseport.provision_caller()}, which writes only on first sight or when the token's e-mail or
 * user type changed). Only transaction-scoped settings are used, so a transaction-mode pooler can
 * sit in front. Failures that are safe to retry are retried as a whole ({@link TransactionRetry}).
 * Work of a caller whose request already holds a transaction on this thread joins that one.
 */
public final class JooqUserTransactions implements UserTransactions {
  private final DSLContext dsl;
  private final TransactionContext context;
  private final String beginAs;

  public JooqUserTransactions(DSLContext dsl, TransactionContext context) {
    this.dsl = dsl;
    this.context = context;
    this.beginAs = beginAs(dsl);
  }

  @Override
  public <T> T run(Caller caller, Supplier<T> work) {
    Optional<DSLContext> open = context.joinable(caller);
    if (open.isPresent()) {
      // The request's own transaction, held open by its idempotency key: the work commits or
      // rolls back with the stored answer, so it is neither retried nor committed here.
      return TransactionRetry.joined(work);
    }
    return TransactionRetry.run(
        dsl,
        transaction -> {
          // One round trip, two statements: the role and the claims (both local to this
          // transaction), then the caller's user row. Two statements, because PostgreSQL checks
          // the right to execute a function when a statement starts, before its set_config ran.
          transaction
              .resultQuery(
                  beginAs,
                  caller.userId().toString(),
                  caller.email(),
                  caller.emailVerified(),
                  caller.userType().name())
              .fetchMany();
          return context.within(transaction, caller, work);
        });
  }

  /**
   * The statements every request starts with, rendered once: they are the same for every caller but
   * for four bind values, and building and rendering them anew cost each request more than running
   * them. jOOQ still renders them (no hand-written SQL), with its placeholders.
   */
  private static String beginAs(DSLContext dsl) {
    return dsl.render(
        dsl.resultQuery(
            "{0}; select leaseport.provision_caller()",
            select(
                setLocal("role", inline("authenticated")),
                setLocal("request.jwt.claims", claims()))));
  }

  /**
   * The role, the claims and the caller's user row, then {@code query}, all in one round trip (for
   * a request whose transaction its idempotency key holds open); the rows of {@code query}, which
   * refers to its bind values as {1}, {2}, ...
   */
  static Result<Record> startAsThen(
      DSLContext transaction, Caller caller, String query, QueryPart... parts) {
    QueryPart[] all = new QueryPart[parts.length + 1];
    all[0] =
        select(
            setLocal("role", inline("authenticated")),
            setLocal("request.jwt.claims", claimsOf(caller)));
    System.arraycopy(parts, 0, all, 1, parts.length);
    Results results =
        transaction
            .resultQuery("{0}; select leaseport.provision_caller(); " + query, (Object[]) all)
            .fetchMany();
    return results.get(results.size() - 1);
  }

  /** {@link #claims()} with the caller's values in place, for a query rendered on the spot. */
  private static Field<String> claimsOf(Caller caller) {
    return jsonbObject(
            key("sub").value(val(caller.userId().toString())),
            key("email").value(val(caller.email(), SQLDataType.CLOB)),
            key("email_verified").value(val(caller.emailVerified())),
            key("role").value(inline("authenticated")),
            key("app_metadata")
                .value(jsonbObject(key("user_type").value(val(caller.userType().name())))))
        .cast(SQLDataType.CLOB);
  }

  /**
   * The Supabase-shaped claims {@code auth.jwt()} reads, built by PostgreSQL from bind values, so
   * no caller-supplied text is ever escaped by hand.
   */
  private static Field<String> claims() {
    return jsonbObject(
            key(inline("sub")).value(param("sub", String.class)),
            key(inline("email")).value(param("email", SQLDataType.CLOB)),
            key(inline("email_verified")).value(param("email_verified", Boolean.class)),
            key(inline("role")).value(inline("authenticated")),
            key(inline("app_metadata"))
                .value(
                    jsonbObject(key(inline("user_type")).value(param("user_type", String.class)))))
        .cast(SQLDataType.CLOB);
  }
}
