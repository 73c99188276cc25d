package dev.leaseport.adapters.persistence.tier;

import static dev.leaseport.adapters.persistence.tier.LocalSettings.setLocal;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.jsonbObject;
import static org.jooq.impl.DSL.key;
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

  public JooqUserTransactions(DSLContext dsl, TransactionContext context) {
    this.dsl = dsl;
    this.context = context;
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
          startAs(transaction, caller);
          return context.within(transaction, caller, work);
        });
  }

  /**
   * The first round trip of every user-tier transaction. One round trip, two statements: the role
   * and the claims (both local to this transaction), then the caller's user row. Two statements,
   * because PostgreSQL checks the right to execute a function when a statement starts, before its
   * set_config ran.
   */
  static void startAs(DSLContext transaction, Caller caller) {
    transaction.resultQuery("{0}; select leaseport.provision_caller()", start(caller)).fetchMany();
  }

  /**
   * {@link #startAs}, then {@code query} in the same round trip; its rows. {@code query} refers to
   * its bind values as {1}, {2}, ...
   */
  static Result<Record> startAsThen(
      DSLContext transaction, Caller caller, String query, QueryPart... parts) {
    QueryPart[] all = new QueryPart[parts.length + 1];
    all[0] = start(caller);
    System.arraycopy(parts, 0, all, 1, parts.length);
    Results results =
        transaction
            .resultQuery("{0}; select leaseport.provision_caller(); " + query, (Object[]) all)
            .fetchMany();
    return results.get(results.size() - 1);
  }

  private static QueryPart start(Caller caller) {
    return select(
        setLocal("role", inline("authenticated")), setLocal("request.jwt.claims", claims(caller)));
  }

  /**
   * The Supabase-shaped claims {@code auth.jwt()} reads, built by PostgreSQL from bind values, so
   * no caller-supplied text is ever escaped by hand.
   */
  private static Field<String> claims(Caller caller) {
    return jsonbObject(
            key("sub").value(val(caller.userId().toString())),
            key("email").value(val(caller.email(), SQLDataType.CLOB)),
            key("email_verified").value(val(caller.emailVerified())),
            key("role").value(inline("authenticated")),
            key("app_metadata")
                .value(jsonbObject(key("user_type").value(val(caller.userType().name())))))
        .cast(SQLDataType.CLOB);
  }
}
