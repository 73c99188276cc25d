package dev.leaseport.adapters.persistence.system;

import static dev.leaseport.adapters.persistence.tier.LocalSettings.setLocal;
import static org.jooq.impl.DSL.inline;

import dev.leaseport.adapters.persistence.support.TransactionRetry;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The single entry point that bypasses row-level security: one transaction as {@code service_role},
 * with its reason set in the transaction for the database logs and counted. Only the packages named
 * in {@link SystemReason} may call it; an architecture test enforces this.
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
    return TransactionRetry.run(
        dsl,
        transaction -> {
          transaction
              .select(
                  setLocal("role", inline("service_role")),
                  setLocal("leaseport.reason", inline(reason.code())))
              .fetch();
          return work.apply(transaction);
        });
  }
}
