package dev.leaseport.application.autopay;

import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.paymentmethod.AutopayRun;
import dev.leaseport.domain.shared.ValidationException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * An admin runs autopay now, for today (UTC) or an earlier date (a back-fill): the same claims as
 * the schedule's, so a charge already paid, under way or declined that day is not charged again. A
 * future date is refused: it would charge rent before it is due.
 */
public final class RunAutopayNow {
  private final RunAutopay autopay;

  public RunAutopayNow(RunAutopay autopay) {
    this.autopay = autopay;
  }

  public AutopayRun execute(Caller caller, Optional<LocalDate> asOf) {
    caller.require(UserType.ADMIN);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate date = asOf.orElse(today);
    if (date.isAfter(today)) {
      throw ValidationException.of("asOf", "must not be after today (UTC)");
    }
    return autopay.execute(date);
  }
}
