package dev.leaseport.domain.expense;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Which expenses a list shows; {@code from} and {@code to} bound the date incurred, inclusive. */
public record ExpenseFilter(
    Optional<UUID> propertyId,
    Optional<UUID> unitId,
    Optional<ExpenseCategory> category,
    Optional<LocalDate> from,
    Optional<LocalDate> to) {

  public static ExpenseFilter none() {
    return new ExpenseFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
