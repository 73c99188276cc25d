package dev.leaseport.adapters.rest.lease;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.domain.lease.LeaseRenewal;
import dev.leaseport.domain.shared.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /leases/{id}/renew}: the new end date and, optionally, a new rent. */
@Schema(name = "LeaseRenewal", requiredProperties = "endDate", example = ApiExamples.LEASE_RENEWAL)
public record RenewLeaseRequest(
    @Schema(format = "date") LocalDate endDate,
    @Schema(implementation = MoneyJson.class) Money rentAmount) {

  LeaseRenewal toCommand() {
    return new LeaseRenewal(endDate, Optional.ofNullable(rentAmount));
  }
}
