package dev.leaseport.domain.charge;

import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Violations;
import java.time.LocalDate;

/**
 * An OTHER charge the owner adds to a lease: what for, how much (minor units; the currency must be
 * the lease's, which the database checks), and when it is due.
 */
public record NewCharge(String description, Money amount, LocalDate dueDate) {
  public static final int DESCRIPTION_MAX = 500;
  public static final long AMOUNT_MAX = 10_000_000_000L;

  public NewCharge {
    description = description == null ? null : description.strip();
    new Violations()
        .requireText(description, "description", DESCRIPTION_MAX)
        .required(amount, "amount")
        .check(
            amount == null || (amount.amount() >= 1 && amount.amount() <= AMOUNT_MAX),
            "amount.amount",
            "must be from 1 to " + AMOUNT_MAX + " minor units")
        .required(dueDate, "dueDate")
        .throwIfAny();
  }
}
