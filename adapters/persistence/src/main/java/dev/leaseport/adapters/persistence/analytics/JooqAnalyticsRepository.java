package dev.leaseport.adapters.persistence.analytics;

import dev.leaseport.adapters.persistence.jooq.leaseport.Routines;
import dev.leaseport.adapters.persistence.support.CallTimer;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.analytics.AnalyticsRepository;
import dev.leaseport.domain.analytics.MonthRange;
import dev.leaseport.domain.analytics.Report;
import dev.leaseport.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Configuration;
import org.jooq.JSONB;

/**
 * Each report is one statement: a STABLE, SECURITY INVOKER function (EXECUTE to {@code
 * authenticated} only) computes every figure under the caller's row-level security and answers
 * jsonb, so a report costs one round trip however large the portfolio. The JSON is handed on as it
 * came: no figure is computed or converted here.
 */
public final class JooqAnalyticsRepository implements AnalyticsRepository {
  private final TransactionContext transactions;
  private final CallTimer timer;

  public JooqAnalyticsRepository(TransactionContext transactions, CallTimer timer) {
    this.transactions = transactions;
    this.timer = timer;
  }

  @Override
  public Report revenue(MonthRange range) {
    return report(
        "revenue", db -> Routines.revenueReport(db, range.from().atDay(1), range.to().atDay(1)));
  }

  @Override
  public Report occupancy(int months, Optional<LocalDate> asOf) {
    return report("occupancy", db -> Routines.occupancyReport(db, months, asOf.orElse(null)));
  }

  @Override
  public Report maintenance() {
    return report("maintenance", Routines::maintenanceReport);
  }

  @Override
  public Report expiringLeases(int withinDays, PageRequest page, Optional<LocalDate> asOf) {
    return report(
        "expiring-leases",
        db ->
            Routines.expiringLeasesReport(
                db, withinDays, page.limit(), page.offset(), asOf.orElse(null)));
  }

  @Override
  public Optional<Report> paymentHistory(UUID tenantId, PageRequest page) {
    JSONB json =
        timer.time(
            "payment-history",
            () ->
                Routines.tenantPaymentHistory(
                    transactions.dsl().configuration(), tenantId, page.limit(), page.offset()));
    return Optional.ofNullable(json).map(j -> new Report(j.data()));
  }

  private Report report(String name, Function<Configuration, JSONB> call) {
    JSONB json = timer.time(name, () -> call.apply(transactions.dsl().configuration()));
    if (json == null) {
      throw new IllegalStateException("The " + name + " report answered nothing");
    }
    return new Report(json.data());
  }
}
