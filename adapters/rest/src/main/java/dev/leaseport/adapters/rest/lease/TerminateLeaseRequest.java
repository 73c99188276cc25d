package dev.leaseport.adapters.rest.lease;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.domain.lease.LeaseTermination;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /leases/{id}/terminate}: from which day, and why (optional). */
@Schema(
    name = "LeaseTermination",
    requiredProperties = "effectiveDate",
    example = ApiExamples.LEASE_TERMINATION)
public record TerminateLeaseRequest(
    @Schema(format = "date") LocalDate effectiveDate, String reason) {

  LeaseTermination toCommand() {
    return new LeaseTermination(effectiveDate, Optional.ofNullable(reason));
  }
}
