package dev.leaseport.domain.lease;

import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Violations;
import java.time.LocalDate;

/** The rules every written lease field obeys, shared by create, update and renew. */
final class LeaseFields {
  static final long MONEY_MAX = 100_000_000_00L;
  static final int DUE_DAY_MAX = 28;
  static final int GRACE_DAYS_MAX = 28;
  static final int REASON_MAX = 2000;

  private LeaseFields() {}

  static void checkDates(Violations v, LocalDate start, LocalDate end) {
    if (start != null && end != null) {
      v.check(end.isAfter(start), "endDate", "must be after startDate");
    }
  }

  static void checkRent(Violations v, Money rent) {
    if (rent != null) {
      v.check(
          rent.amount() >= 1 && rent.amount() <= MONEY_MAX,
          "rentAmount.amount",
          "must be between 1 and " + MONEY_MAX + " minor units");
    }
  }

  static void checkAmount(Violations v, Long amount, String field) {
    if (amount != null) {
      v.check(
          amount >= 0 && amount <= MONEY_MAX,
          field,
          "must be between 0 and " + MONEY_MAX + " minor units");
    }
  }

  static void checkDueDay(Violations v, Integer day) {
    if (day != null) {
      v.check(day >= 1 && day <= DUE_DAY_MAX, "rentDueDay", "must be between 1 and 28");
    }
  }

  static void checkGraceDays(Violations v, Integer days) {
    if (days != null) {
      v.check(days >= 0 && days <= GRACE_DAYS_MAX, "gracePeriodDays", "must be between 0 and 28");
    }
  }
}
