package dev.leaseport.domain.lease;

import dev.leaseport.domain.shared.Violations;
import java.time.LocalDate;
import java.util.Optional;

/** An owner ends an ACTIVE lease early, from {@code effectiveDate}, for a stated reason. */
public record LeaseTermination(LocalDate effectiveDate, Optional<String> reason) {

  public LeaseTermination {
    reason =
        reason == null ? Optional.empty() : reason.map(String::strip).filter(r -> !r.isEmpty());
    new Violations()
        .required(effectiveDate, "effectiveDate")
        .maxLength(reason.orElse(null), "reason", LeaseFields.REASON_MAX)
        .throwIfAny();
  }

  /** The effective date must fall within the lease's term. */
  public void checkWithin(Lease lease) {
    new Violations()
        .check(
            !effectiveDate.isBefore(lease.startDate()) && !effectiveDate.isAfter(lease.endDate()),
            "effectiveDate",
            "must be between the lease's startDate and endDate")
        .throwIfAny();
  }
}
