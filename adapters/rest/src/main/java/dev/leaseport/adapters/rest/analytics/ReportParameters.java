package dev.leaseport.adapters.rest.analytics;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.domain.analytics.MonthRange;
import dev.leaseport.domain.analytics.ReportLimits;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The reports' query parameters, parsed strictly: anything unreadable or out of range is 400. */
final class ReportParameters {
  private ReportParameters() {}

  /**
   * {@code from} and {@code to} as YYYY-MM, both included, at most 36 months; without either, the
   * twelve months up to this UTC month; with one, twelve months from or up to it.
   */
  static MonthRange months(String from, String to) {
    Optional<YearMonth> first = month("from", from);
    Optional<YearMonth> last = month("to", to);
    MonthRange fallback = MonthRange.lastTwelveUpTo(YearMonth.now(ZoneOffset.UTC));
    YearMonth start =
        first.orElseGet(
            () ->
                last.map(l -> l.minusMonths(MonthRange.DEFAULT_MONTHS - 1L))
                    .orElse(fallback.from()));
    YearMonth end =
        last.orElseGet(
            () ->
                first.map(f -> f.plusMonths(MonthRange.DEFAULT_MONTHS - 1L)).orElse(fallback.to()));
    if (start.isAfter(end)) {
      throw ApiProblem.invalidParameter("from must not be after to");
    }
    if (MonthRange.months(start, end) > MonthRange.MAX_MONTHS) {
      throw ApiProblem.invalidParameter(
          "from and to may span at most " + MonthRange.MAX_MONTHS + " months");
    }
    return new MonthRange(start, end);
  }

  static int occupancyMonths(String raw) {
    return ListParameters.optionalInt("months", raw, 1, ReportLimits.MAX_OCCUPANCY_MONTHS)
        .orElse(ReportLimits.DEFAULT_OCCUPANCY_MONTHS);
  }

  static int withinDays(String raw) {
    return ListParameters.optionalInt("withinDays", raw, 1, ReportLimits.MAX_WITHIN_DAYS)
        .orElse(ReportLimits.DEFAULT_WITHIN_DAYS);
  }

  /** The day "today" means, YYYY-MM-DD, within the years the schema stores. */
  static Optional<LocalDate> asOf(String raw) {
    Optional<LocalDate> day = ListParameters.date("asOf", raw);
    day.filter(d -> d.getYear() < 1900 || d.getYear() > 2999)
        .ifPresent(
            d -> {
              throw ApiProblem.invalidParameter("asOf must be a date from 1900 to 2999");
            });
    return day;
  }

  private static Optional<YearMonth> month(String name, String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    try {
      YearMonth month = YearMonth.parse(raw.strip());
      if (month.getYear() < 1900 || month.getYear() > 2999) {
        throw ApiProblem.invalidParameter(name + " must be a month from 1900-01 to 2999-12");
      }
      return Optional.of(month);
    } catch (DateTimeParseException e) {
      throw ApiProblem.invalidParameter(name + " must be a month, YYYY-MM");
    }
  }
}
