package dev.leaseport.domain.lease;

import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Violations;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The terms of a renewal: a new end date and, optionally, a new rent (in the old lease's currency).
 */
public record LeaseRenewal(LocalDate endDate, Optional<Money> rentAmount) {

  public LeaseRenewal {
    rentAmount = rentAmount == null ? Optional.empty() : rentAmount;
    Violations v = new Violations().required(endDate, "endDate");
    LeaseFields.checkRent(v, rentAmount.orElse(null));
    v.throwIfAny();
  }

  /** The renewal starts the day after the old lease ends, so it must end after that. */
  public void checkAfter(Lease lease) {
    new Violations()
        .check(
            endDate.isAfter(lease.endDate().plusDays(1)),
            "endDate",
            "must be after the renewal's start, the day after " + lease.endDate())
        .check(
            rentAmount.map(r -> r.currency().equals(lease.rentAmount().currency())).orElse(true),
            "rentAmount.currency",
            "must be the lease's currency, " + lease.rentAmount().currency())
        .throwIfAny();
  }
}
