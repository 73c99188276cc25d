package dev.leaseport.application.dashboard;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.dashboard.OwnerDashboard;
import dev.leaseport.domain.dashboard.OwnerDashboardRepository;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * An owner reads their dashboard for a day, today (UTC) unless they name one: a past day shows that
 * day's occupancy, month and overdue charges by today's statuses. Renters and admins have none
 * (403).
 */
public final class GetOwnerDashboard {
  private final UserTransactions transactions;
  private final OwnerDashboardRepository dashboards;

  public GetOwnerDashboard(UserTransactions transactions, OwnerDashboardRepository dashboards) {
    this.transactions = transactions;
    this.dashboards = dashboards;
  }

  public OwnerDashboard execute(Caller caller, Optional<LocalDate> asOf) {
    caller.require(UserType.OWNER);
    LocalDate day = asOf.orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
    return transactions.run(caller, () -> dashboards.asOf(day));
  }
}
