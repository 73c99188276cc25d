package dev.leaseport.domain.export;

import dev.leaseport.domain.shared.MalformedRequestException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The UTC calendar days of a payments export, both included: at most {@link #MAX_DAYS} days, so one
 * request cannot hold a connection for years of payments; a longer history is several exports.
 */
public record PaymentPeriod(LocalDate from, LocalDate to) {
  public static final int MAX_DAYS = 366;

  public PaymentPeriod {
    if (from == null || to == null) {
      throw invalid("from and to are both required, as YYYY-MM-DD");
    }
    if (to.isBefore(from)) {
      throw invalid("to must not be before from");
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
      throw invalid("from and to may span at most " + MAX_DAYS + " days");
    }
  }

  private static MalformedRequestException invalid(String detail) {
    return new MalformedRequestException("invalid-parameter", detail);
  }
}
