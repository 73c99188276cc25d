package dev.leaseport.adapters.rest.lease;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.domain.lease.NewLease;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /leases}: a DRAFT of one of the owner's units, dates both included, money
 * in minor units of one currency (deposit and late fee 0, due day 1 and grace 5 days when left
 * out), and the owner's tenant records on it (sending needs exactly one PRIMARY).
 */
@Schema(
    name = "NewLease",
    requiredProperties = {"unitId", "startDate", "endDate", "rentAmount"},
    example = ApiExamples.NEW_LEASE)
public record NewLeaseRequest(
    UUID unitId,
    @Schema(format = "date") LocalDate startDate,
    @Schema(format = "date") LocalDate endDate,
    @Schema(implementation = MoneyJson.class) Money rentAmount,
    @Schema(implementation = MoneyJson.class) Money securityDeposit,
    Integer rentDueDay,
    Integer gracePeriodDays,
    @Schema(implementation = MoneyJson.class) Money lateFeeAmount,
    List<LeaseTenantRequest> tenants) {

  NewLease toCommand() {
    String currency = rentAmount == null ? null : rentAmount.currency();
    Violations v = new Violations();
    LeaseMoney.checkCurrency(v, securityDeposit, "securityDeposit", currency);
    LeaseMoney.checkCurrency(v, lateFeeAmount, "lateFeeAmount", currency);
    v.throwIfAny();
    return new NewLease(
        unitId,
        startDate,
        endDate,
        rentAmount,
        securityDeposit == null ? 0 : securityDeposit.amount(),
        rentDueDay == null ? 1 : rentDueDay,
        gracePeriodDays == null ? 5 : gracePeriodDays,
        lateFeeAmount == null ? 0 : lateFeeAmount.amount(),
        tenants == null ? List.of() : tenants.stream().map(LeaseTenantRequest::toCommand).toList());
  }
}
