package dev.leaseport.domain.analytics;

import dev.leaseport.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The owner's reports, each one database call inside the caller's transaction and under their
 * identity, so only the caller's own rows are counted. {@code asOf} is the day "today" means; when
 * empty, the current UTC date.
 */
public interface AnalyticsRepository {

  Report revenue(MonthRange range);

  Report occupancy(int months, Optional<LocalDate> asOf);

  Report maintenance();

  Report expiringLeases(int withinDays, PageRequest page, Optional<LocalDate> asOf);

  /** Empty when the caller cannot see the tenant record: unknown and another owner's alike. */
  Optional<Report> paymentHistory(UUID tenantId, PageRequest page);
}
