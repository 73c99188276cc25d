package dev.leaseport.application.fakes;

import dev.leaseport.domain.billing.PlanUsage;
import dev.leaseport.domain.billing.PlanUsageRepository;
import dev.leaseport.domain.billing.SubscriptionStatus;
import java.util.Optional;

/** Reports the usage a test sets and counts the locks taken, each inside a transaction. */
public final class FakePlanUsageRepository implements PlanUsageRepository {
  private final FakeUserTransactions transactions;
  private PlanUsage usage = new PlanUsage(Optional.empty(), Optional.empty(), 0, 0);
  private int locks;

  public FakePlanUsageRepository(FakeUserTransactions transactions) {
    this.transactions = transactions;
  }

  public void freePlanWith(long properties, long units) {
    usage = new PlanUsage(Optional.empty(), Optional.empty(), properties, units);
  }

  public void subscribedWith(
      String planId, SubscriptionStatus status, long properties, long units) {
    usage = new PlanUsage(Optional.of(planId), Optional.of(status), properties, units);
  }

  public int locks() {
    return locks;
  }

  @Override
  public PlanUsage lockForCreate() {
    transactions.requireOpen();
    locks++;
    return usage;
  }
}
