package dev.leaseport.adapters.persistence.dashboard;

import dev.leaseport.adapters.persistence.jooq.leaseport.Routines;
import dev.leaseport.adapters.persistence.support.CallTimer;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.dashboard.OwnerDashboard;
import dev.leaseport.domain.dashboard.OwnerDashboardRepository;
import java.time.LocalDate;

/**
 * The dashboard is one statement: the database function computes every figure under the caller's
 * row-level security (it is SECURITY INVOKER and executable by {@code authenticated} only), so the
 * page costs one round trip however large the portfolio. The call is timed as report {@code
 * dashboard}.
 */
public final class JooqOwnerDashboardRepository implements OwnerDashboardRepository {
  private final TransactionContext transactions;
  private final CallTimer timer;

  public JooqOwnerDashboardRepository(TransactionContext transactions, CallTimer timer) {
    this.transactions = transactions;
    this.timer = timer;
  }

  @Override
  public OwnerDashboard asOf(LocalDate day) {
    return DashboardJson.read(
        timer.time(
            "dashboard", () -> Routines.ownerDashboard(transactions.dsl().configuration(), day)));
  }
}
