package dev.leaseport.adapters.persistence.billing;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.LOCK_PLAN_USAGE;

import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.billing.PlanUsage;
import dev.leaseport.domain.billing.PlanUsageRepository;
import dev.leaseport.domain.billing.SubscriptionStatus;
import java.util.Optional;

/** One call of {@code lock_plan_usage()}: the lock, the subscription and both counts. */
public final class JooqPlanUsageRepository implements PlanUsageRepository {
  private final TransactionContext transactions;

  public JooqPlanUsageRepository(TransactionContext transactions) {
    this.transactions = transactions;
  }

  @Override
  public PlanUsage lockForCreate() {
    var usage = transactions.dsl().selectFrom(LOCK_PLAN_USAGE.call()).fetchSingle();
    return new PlanUsage(
        Optional.ofNullable(usage.getPlanId()),
        Optional.ofNullable(usage.getSubscriptionStatus()).flatMap(SubscriptionStatus::ofStripe),
        usage.getPropertyCount(),
        usage.getUnitCount());
  }
}
