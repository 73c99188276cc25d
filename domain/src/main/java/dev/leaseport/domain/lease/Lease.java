package dev.leaseport.domain.lease;

import dev.leaseport.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A lease of one unit to one or more tenants, with the signatures it has so far. Money is in the
 * rent's currency; dates are calendar dates, both ends included.
 */
public record Lease(
    UUID id,
    UUID ownerId,
    LeasedUnit unit,
    LocalDate startDate,
    LocalDate endDate,
    Money rentAmount,
    Money securityDeposit,
    int rentDueDay,
    int gracePeriodDays,
    Money lateFeeAmount,
    LeaseStatus status,
    Optional<UUID> renewedFromId,
    Optional<Termination> termination,
    List<LeaseTenant> tenants,
    List<LeaseSignature> signatures,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public Lease {
    tenants = List.copyOf(tenants);
    signatures = List.copyOf(signatures);
  }
}
