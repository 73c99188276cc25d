package dev.leaseport.adapters.persistence.tier;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.val;

import dev.leaseport.adapters.persistence.support.SqlErrors;
import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.shared.ConflictException;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Runs each unit of request work in one transaction as {@code authenticated} with the caller's
 * claims. Only transaction-scoped settings are used, so a transaction-mode pooler can sit in
 * front. Serialization failures and deadlocks are retried a few times, then reported as a conflict.
 */
public final class JooqUserTransactions implements UserTransactions {
  static final int MAX_ATTEMPTS = 3;
  private final DSLContext dsl;
  private final TransactionContext context;

  public JooqUserTransactions(DSLContext dsl, TransactionContext context) {
    this.dsl = dsl;
    this.context = context;
  }

  @Override
  public <T> T run(Caller caller, Supplier<T> work) {
    String claims = ClaimsJson.of(caller);
    for (int attempt = 1; ; attempt++) {
      try {
        return dsl.transactionResult(
            configuration -> {
              DSLContext transaction = configuration.dsl();
              // One round trip: the role and the claims, both local to this transaction.
              transaction
                  .select(
                      DSL.function("set_config", String.class, inline("role"), inline("authenticated"), inline(true)),
                      DSL.function("set_config", String.class, inline("request.jwt.claims"), val(claims), inline(true)))
                  .fetch();
              return context.within(transaction, work);
            });
      } catch (DataAccessException e) {
        if (SqlErrors.isRetryable(e) && attempt < MAX_ATTEMPTS) {
          continue;
        }
        if (SqlErrors.isRetryable(e)) {
          throw ConflictException.concurrentChange();
        }
        throw SqlErrors.translate(e);
      }
    }
  }
}
