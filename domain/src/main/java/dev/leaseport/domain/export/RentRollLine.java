package dev.leaseport.domain.export;

import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.unit.UnitStatus;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One unit of the owner in the rent roll. With an active lease: the lease, its primary tenant, its
 * rent and deposit, and the balance of its OPEN charges due by the roll's date, all in the lease's
 * currency. Without one: the unit's asking rent, and no lease.
 */
public record RentRollLine(
    UUID propertyId,
    String propertyName,
    String addressLine1,
    String city,
    UUID unitId,
    String unitNumber,
    UnitStatus unitStatus,
    Optional<RentRollLease> lease,
    Money rent) {

  /** The unit's active lease as the rent roll shows it. */
  public record RentRollLease(
      UUID id,
      LocalDate start,
      LocalDate end,
      Optional<String> primaryTenant,
      Optional<String> primaryTenantEmail,
      Money securityDeposit,
      Money balanceDue) {}
}
