package dev.leaseport.domain.testdata;

import dev.leaseport.domain.lease.LeaseChanges;
import dev.leaseport.domain.lease.LeaseTenantRole;
import dev.leaseport.domain.lease.NewLease;
import dev.leaseport.domain.lease.NewLeaseTenant;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Valid new leases and lease changes. */
public final class LeaseTestData {
  private LeaseTestData() {}

  /** A one-year lease of {@code unitId} for 1,500.00 USD a month to one PRIMARY tenant. */
  public static NewLease newLease(UUID unitId, UUID primaryTenantId) {
    return newLease(unitId, primaryTenantId, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31));
  }

  public static NewLease newLease(
      UUID unitId, UUID primaryTenantId, LocalDate start, LocalDate end) {
    return new NewLease(
        unitId,
        start,
        end,
        new Money(150_000, "usd"),
        300_000,
        1,
        5,
        5_000,
        List.of(new NewLeaseTenant(primaryTenantId, LeaseTenantRole.PRIMARY)));
  }

  /** Changes only the rent. */
  public static LeaseChanges rentChangedTo(long amount) {
    return new LeaseChanges(
        Change.unchanged(),
        Change.unchanged(),
        Change.to(new Money(amount, "usd")),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged());
  }
}
