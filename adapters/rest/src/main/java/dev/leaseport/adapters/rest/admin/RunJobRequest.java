package dev.leaseport.adapters.rest.admin;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.domain.shared.ValidationException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of a run: the date to run for, for a back-fill; today (UTC) if absent. */
@Schema(example = ApiExamples.RUN_JOB)
public record RunJobRequest(
    @Schema(description = "YYYY-MM-DD, not after today (UTC)") String asOf) {
  static final RunJobRequest EMPTY = new RunJobRequest(null);

  Optional<LocalDate> date() {
    if (asOf == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(asOf));
    } catch (DateTimeParseException e) {
      throw ValidationException.of("asOf", "must be a date, YYYY-MM-DD");
    }
  }
}
