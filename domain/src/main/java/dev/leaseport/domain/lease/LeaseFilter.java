package dev.leaseport.domain.lease;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Which leases a list shows; {@code expiringWithinDays} keeps ACTIVE leases ending between today
 * and that many days from today.
 */
public record LeaseFilter(
    Optional<LeaseStatus> status,
    Optional<UUID> propertyId,
    Optional<UUID> unitId,
    Optional<UUID> tenantId,
    OptionalInt expiringWithinDays) {

  public static final int EXPIRING_WITHIN_DAYS_MAX = 3660;

  public static LeaseFilter none() {
    return new LeaseFilter(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty());
  }
}
