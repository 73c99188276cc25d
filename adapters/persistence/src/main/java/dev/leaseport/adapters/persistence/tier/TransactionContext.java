package dev.leaseport.adapters.persistence.tier;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;

import dev.leaseport.adapters.persistence.jooq.auth.Routines;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * The transaction the current thread is running in. Repositories take their {@link DSLContext} from
 * here, so no repository can run a query outside a user-tier or system-tier transaction.
 * Transactions do not nest: a user-tier run inside another one fails. The one exception is a
 * request's transaction held open by its idempotency key ({@link HeldRequestTransactions}), which
 * the work of that same caller joins.
 */
public final class TransactionContext {
  /** The caller's id as the claims give it, computed once per statement (an InitPlan). */
  private static final Field<UUID> CALLER_ID = field(select(Routines.uid()));

  private final ThreadLocal<Open> current = new ThreadLocal<>();

  /** The open transaction, whose it is, and whether that caller's work may join it. */
  private record Open(DSLContext dsl, Caller caller, boolean held) {}

  /** The open transaction; fails loudly when called outside one. */
  public DSLContext dsl() {
    Open open = current.get();
    if (open == null) {
      throw new IllegalStateException("No transaction: repositories run only inside a tier");
    }
    return open.dsl();
  }

  /**
   * The open transaction {@code caller}'s work may join, if any. An open transaction of anyone else
   * is a programming error: work would run with another caller's rights.
   */
  Optional<DSLContext> joinable(Caller caller) {
    Open open = current.get();
    if (open == null) {
      return Optional.empty();
    }
    if (!open.held() || !open.caller().equals(caller)) {
      throw new IllegalStateException("Transactions do not nest");
    }
    return Optional.of(open.dsl());
  }

  <T> T within(DSLContext transaction, Caller caller, Supplier<T> work) {
    open(new Open(transaction, caller, false));
    try {
      return work.get();
    } finally {
      release();
    }
  }

  /** Makes {@code transaction} the thread's, for {@code caller}'s work to join, until released. */
  void hold(DSLContext transaction, Caller caller) {
    open(new Open(transaction, caller, true));
  }

  /**
   * For an owner, {@code ownerId = (select auth.uid())}; for anyone else, no condition. It grants
   * nothing (row-level security still decides what is visible): it is for the planner. A table
   * whose policies are OR-ed (the owner's rows, or a renter's leased ones) is otherwise read
   * through both policies' indexes; with the owner named in the query itself it can be read from
   * the owner's index alone. Measured, not assumed: it pays for the property and lease lists, not
   * for units, tenants or invitations (ADR 0016).
   */
  public Condition ownedByCaller(Field<UUID> ownerId) {
    Open open = current.get();
    return open != null && open.caller().userType() == UserType.OWNER
        ? ownerId.eq(CALLER_ID)
        : noCondition();
  }

  private void open(Open transaction) {
    if (current.get() != null) {
      throw new IllegalStateException("Transactions do not nest");
    }
    current.set(transaction);
  }

  void release() {
    current.remove();
  }
}
