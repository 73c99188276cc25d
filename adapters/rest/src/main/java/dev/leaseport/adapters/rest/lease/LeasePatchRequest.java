package dev.leaseport.adapters.rest.lease;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.domain.lease.LeaseChanges;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Violations;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /leases/{id}} (a DRAFT only): absent fields stay; every term is
 * required, so null is refused. Deposit and late fee are in the rent's currency.
 */
@Schema(name = "LeasePatch", example = ApiExamples.LEASE_PATCH)
public record LeasePatchRequest(
    @Schema(implementation = LocalDate.class, format = "date") Change<LocalDate> startDate,
    @Schema(implementation = LocalDate.class, format = "date") Change<LocalDate> endDate,
    @Schema(implementation = MoneyJson.class) Change<Money> rentAmount,
    @Schema(implementation = MoneyJson.class) Change<Money> securityDeposit,
    @Schema(implementation = Integer.class) Change<Integer> rentDueDay,
    @Schema(implementation = Integer.class) Change<Integer> gracePeriodDays,
    @Schema(implementation = MoneyJson.class) Change<Money> lateFeeAmount) {

  LeaseChanges toChanges() {
    String currency = rentAmount.newValue().map(Money::currency).orElse(null);
    Violations v = new Violations();
    LeaseMoney.checkCurrency(
        v, securityDeposit.newValue().orElse(null), "securityDeposit", currency);
    LeaseMoney.checkCurrency(v, lateFeeAmount.newValue().orElse(null), "lateFeeAmount", currency);
    v.throwIfAny();
    return new LeaseChanges(
        startDate,
        endDate,
        rentAmount,
        securityDeposit,
        rentDueDay,
        gracePeriodDays,
        lateFeeAmount);
  }
}
