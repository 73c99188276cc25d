package dev.leaseport.domain.analytics;

import dev.leaseport.domain.shared.Violations;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** Calendar months from {@code from} to {@code to}, both included: 1 to 36 of them. */
public record MonthRange(YearMonth from, YearMonth to) {
  public static final int MAX_MONTHS = 36;
  public static final int DEFAULT_MONTHS = 12;

  public MonthRange {
    new Violations()
        .check(from != null, "from", "is required")
        .check(to != null, "to", "is required")
        .throwIfAny();
    new Violations()
        .check(!from.isAfter(to), "from", "must not be after to")
        .check(
            from.isAfter(to) || months(from, to) <= MAX_MONTHS,
            "to",
            "must be at most " + MAX_MONTHS + " months from from, both included")
        .throwIfAny();
  }

  /** The twelve months that end with {@code thisMonth}. */
  public static MonthRange lastTwelveUpTo(YearMonth thisMonth) {
    return new MonthRange(thisMonth.minusMonths(DEFAULT_MONTHS - 1L), thisMonth);
  }

  /** How many months from {@code from} to {@code to}, both included. */
  public static long months(YearMonth from, YearMonth to) {
    return ChronoUnit.MONTHS.between(from, to) + 1;
  }
}
