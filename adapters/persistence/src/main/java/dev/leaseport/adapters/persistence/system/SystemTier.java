package dev.leaseport.adapters.persistence.system;

import static org.jooq.impl.DSL.inline;

import dev.leaseport.adapters.persistence.support.SqlErrors;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The single entry point that bypasses row-level security: one transaction as {@code
 * service_role}, with its reason set in the transaction for the database logs and counted. Only
 * the packages named in {@link SystemReason} may call it; an architecture test enforces this.
 */
public final class SystemTier {
  private final DSLContext dsl;
  private final SystemTierListener listener;

  public SystemTier(DSLContext dsl, SystemTierListener listener) {
    this.dsl = dsl;
    this.listener = listener;
  }

  public <T> T run(SystemReason reason, Function<DSLContext, T> work) {
    Objects.requireNonNull(reason, "a system-tier transaction must state its reason");
    listener.used(reason);
    try {
      return dsl.transactionResult(
          configuration -> {
            DSLContext transaction = configuration.dsl();
            transaction
                .select(
                    DSL.function("set_config", String.class, inline("role"), inline("service_role"), inline(true)),
                    DSL.function("set_config", String.class, inline("leaseport.reason"), inline(reason.code()), inline(true)))
                .fetch();
            return work.apply(transaction);
          });
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e);
    }
  }
}
