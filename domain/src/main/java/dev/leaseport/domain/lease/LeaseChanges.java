package dev.leaseport.domain.lease;

import static dev.leaseport.domain.lease.LeaseFields.*;

import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Violations;
import java.time.LocalDate;

/**
 * A partial update of a DRAFT's terms. Nothing here is optional on a lease, so null clears nothing
 * and is refused; a date changed alone is checked against the other by the database.
 */
public record LeaseChanges(
    Change<LocalDate> startDate,
    Change<LocalDate> endDate,
    Change<Money> rentAmount,
    Change<Money> securityDeposit,
    Change<Integer> rentDueDay,
    Change<Integer> gracePeriodDays,
    Change<Money> lateFeeAmount) {

  public LeaseChanges {
    Violations v = new Violations();
    notCleared(v, startDate, "startDate");
    notCleared(v, endDate, "endDate");
    notCleared(v, rentAmount, "rentAmount");
    notCleared(v, securityDeposit, "securityDeposit");
    notCleared(v, rentDueDay, "rentDueDay");
    notCleared(v, gracePeriodDays, "gracePeriodDays");
    notCleared(v, lateFeeAmount, "lateFeeAmount");
    checkDates(v, startDate.newValue().orElse(null), endDate.newValue().orElse(null));
    checkRent(v, rentAmount.newValue().orElse(null));
    checkAmount(v, securityDeposit.newValue().map(Money::amount).orElse(null), "securityDeposit");
    checkAmount(v, lateFeeAmount.newValue().map(Money::amount).orElse(null), "lateFeeAmount");
    checkDueDay(v, rentDueDay.newValue().orElse(null));
    checkGraceDays(v, gracePeriodDays.newValue().orElse(null));
    v.throwIfAny();
  }

  /** Deposit and late fee must be in the currency the lease will have after the change. */
  public void checkCurrencies(Lease lease) {
    String currency =
        rentAmount.newValue().map(Money::currency).orElse(lease.rentAmount().currency());
    Violations v = new Violations();
    for (var field :
        java.util.Map.of("securityDeposit", securityDeposit, "lateFeeAmount", lateFeeAmount)
            .entrySet()) {
      field
          .getValue()
          .newValue()
          .ifPresent(
              money ->
                  v.check(
                      money.currency().equals(currency),
                      field.getKey() + ".currency",
                      "must be the lease's currency, " + currency));
    }
    v.throwIfAny();
  }

  private static void notCleared(Violations v, Change<?> change, String field) {
    v.check(!(change instanceof Change.Cleared), field, "must not be null");
  }
}
