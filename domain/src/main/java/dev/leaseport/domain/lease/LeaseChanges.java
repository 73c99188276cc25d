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
    Change<Long> securityDeposit,
    Change<Integer> rentDueDay,
    Change<Integer> gracePeriodDays,
    Change<Long> lateFeeAmount) {

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
    checkAmount(v, securityDeposit.newValue().orElse(null), "securityDeposit");
    checkAmount(v, lateFeeAmount.newValue().orElse(null), "lateFeeAmount");
    checkDueDay(v, rentDueDay.newValue().orElse(null));
    checkGraceDays(v, gracePeriodDays.newValue().orElse(null));
    v.throwIfAny();
  }

  private static void notCleared(Violations v, Change<?> change, String field) {
    v.check(!(change instanceof Change.Cleared), field, "must not be null");
  }
}
