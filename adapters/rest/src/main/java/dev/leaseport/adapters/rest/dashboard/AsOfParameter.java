package dev.leaseport.adapters.rest.dashboard;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.adapters.rest.request.ListParameters;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The dashboard's {@code asOf}: a date, YYYY-MM-DD, within the years any stored date may have;
 * absent means today. Anything else is 400 {@code invalid-parameter}.
 */
final class AsOfParameter {
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

  private AsOfParameter() {}

  static Optional<LocalDate> parse(String raw) {
    Optional<LocalDate> day = ListParameters.date("asOf", raw);
    if (day.isPresent() && (day.get().isBefore(EARLIEST) || day.get().isAfter(LATEST))) {
      throw ApiProblem.invalidParameter("asOf must be between " + EARLIEST + " and " + LATEST);
    }
    return day;
  }
}
