package dev.leaseport.adapters.persistence.tier;

import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The transaction the current thread is running in. Repositories take their {@link DSLContext} from
 * here, so no repository can run a query outside a user-tier or system-tier transaction.
 */
public final class TransactionContext {
  private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

  /** The open transaction; fails loudly when called outside one. */
  public DSLContext dsl() {
    DSLContext dsl = current.get();
    if (dsl == null) {
      throw new IllegalStateException("No transaction: repositories run only inside a tier");
    }
    return dsl;
  }

  <T> T within(DSLContext transaction, Supplier<T> work) {
    if (current.get() != null) {
      throw new IllegalStateException("Transactions do not nest");
    }
    current.set(transaction);
    try {
      return work.get();
    } finally {
      current.remove();
    }
  }
}
