package dev.leaseport.adapters.rest.export;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The date parameters of the exports: {@code YYYY-MM-DD}, in years a ledger can hold. */
final class ExportDates {
  static final LocalDate MIN = LocalDate.of(1900, 1, 1);
  static final LocalDate MAX = LocalDate.of(9999, 12, 31);

  private ExportDates() {}

  /** The date {@code raw} names, or null when absent; anything else is 400 invalid-parameter. */
  static LocalDate parse(String name, String raw) {
    if (raw == null) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(raw.trim());
    } catch (DateTimeParseException e) {
      throw ApiProblem.invalidParameter(name + " must be a date written YYYY-MM-DD");
    }
    if (date.isBefore(MIN) || date.isAfter(MAX)) {
      throw ApiProblem.invalidParameter(name + " must be between " + MIN + " and " + MAX);
    }
    return date;
  }
}
