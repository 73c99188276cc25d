package dev.leaseport.domain.lease;

import static dev.leaseport.domain.lease.LeaseFields.*;

import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Violations;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * A DRAFT lease to create. Deposit and late fee are in the rent's currency (0 when left out);
 * tenants may be added later, but sending needs exactly one PRIMARY.
 */
public record NewLease(
    UUID unitId,
    LocalDate startDate,
    LocalDate endDate,
    Money rentAmount,
    long securityDeposit,
    int rentDueDay,
    int gracePeriodDays,
    long lateFeeAmount,
    List<NewLeaseTenant> tenants) {

  public NewLease {
    tenants = tenants == null ? List.of() : List.copyOf(tenants);
    Violations v =
        new Violations()
            .required(unitId, "unitId")
            .required(startDate, "startDate")
            .required(endDate, "endDate")
            .required(rentAmount, "rentAmount");
    checkDates(v, startDate, endDate);
    checkRent(v, rentAmount);
    checkAmount(v, securityDeposit, "securityDeposit");
    checkAmount(v, lateFeeAmount, "lateFeeAmount");
    checkDueDay(v, rentDueDay);
    checkGraceDays(v, gracePeriodDays);
    var ids = new HashSet<UUID>();
    for (int i = 0; i < tenants.size(); i++) {
      NewLeaseTenant t = tenants.get(i);
      v.check(t != null && t.tenantId() != null, "tenants[" + i + "].tenantId", "is required");
      v.check(t != null && t.role() != null, "tenants[" + i + "].role", "is required");
      if (t != null && t.tenantId() != null) {
        v.check(ids.add(t.tenantId()), "tenants[" + i + "].tenantId", "is listed twice");
      }
    }
    v.check(
        tenants.stream().filter(t -> t != null && t.role() == LeaseTenantRole.PRIMARY).count() <= 1,
        "tenants",
        "must include at most one PRIMARY tenant");
    v.throwIfAny();
  }
}
