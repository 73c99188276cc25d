package dev.leaseport.domain.expense;

import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Violations;
import java.time.LocalDate;

/**
 * The rules every written expense field obeys, shared by create and update. The ranges are public
 * so that list filters accept exactly the values an expense can have.
 */
public final class ExpenseFields {
  /** A cost of nothing is not an expense. */
  public static final long AMOUNT_MIN = 1;

  public static final long AMOUNT_MAX = 100_000_000_00L;

  /** Books reach back far, but a date outside these years is a typing mistake. */
  public static final LocalDate INCURRED_ON_MIN = LocalDate.of(1900, 1, 1);

  public static final LocalDate INCURRED_ON_MAX = LocalDate.of(2999, 12, 31);

  static final int VENDOR_MAX = 200;
  static final int DESCRIPTION_MAX = 5000;

  private ExpenseFields() {}

  static void checkAmount(Violations v, Money amount) {
    if (amount != null) {
      v.check(
          amount.amount() >= AMOUNT_MIN && amount.amount() <= AMOUNT_MAX,
          "amount.amount",
          "must be between " + AMOUNT_MIN + " and " + AMOUNT_MAX + " minor units");
    }
  }

  static void checkIncurredOn(Violations v, LocalDate incurredOn) {
    if (incurredOn != null) {
      v.check(
          !incurredOn.isBefore(INCURRED_ON_MIN) && !incurredOn.isAfter(INCURRED_ON_MAX),
          "incurredOn",
          "must be between " + INCURRED_ON_MIN + " and " + INCURRED_ON_MAX);
    }
  }

  static void checkVendor(Violations v, String vendor) {
    if (vendor != null) {
      v.requireText(vendor, "vendor", VENDOR_MAX);
    }
  }

  static void checkDescription(Violations v, String description) {
    v.maxLength(description, "description", DESCRIPTION_MAX);
  }
}
