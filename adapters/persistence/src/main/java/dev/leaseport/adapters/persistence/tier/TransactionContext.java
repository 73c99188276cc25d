package dev.leaseport.adapters.persistence.tier;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;

import dev.leaseport.adapters.persistence.jooq.auth.Routines;
import dev.leaseport.domain.identity.UserType;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * The transaction the current thread is running in. Repositories take their {@link DSLContext} from
 * here, so no repository can run a query outside a user-tier or system-tier transaction.
 */
public final class TransactionContext {
  /** The caller's id as the claims give it, computed once per statement (an InitPlan). */
  private static final Field<UUID> CALLER_ID = field(select(Routines.uid()));

  private final ThreadLocal<DSLContext> current = new ThreadLocal<>();
  private final ThreadLocal<UserType> callerType = new ThreadLocal<>();

  /** The open transaction; fails loudly when called outside one. */
  public DSLContext dsl() {
    DSLContext dsl = current.get();
    if (dsl == null) {
      throw new IllegalStateException("No transaction: repositories run only inside a tier");
    }
    return dsl;
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
    return callerType.get() == UserType.OWNER ? ownerId.eq(CALLER_ID) : noCondition();
  }

  <T> T within(DSLContext transaction, UserType caller, Supplier<T> work) {
    if (current.get() != null) {
      throw new IllegalStateException("Transactions do not nest");
    }
    current.set(transaction);
    callerType.set(caller);
    try {
      return work.get();
    } finally {
      current.remove();
      callerType.remove();
    }
  }
}
