package dev.leaseport.adapters.rest.lease;

import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Violations;

/** A lease keeps one currency: every amount of a request must be in the rent's currency. */
final class LeaseMoney {
  private LeaseMoney() {}

  static void checkCurrency(Violations v, Money amount, String field, String currency) {
    if (amount != null && currency != null) {
      v.check(
          amount.currency().equals(currency),
          field + ".currency",
          "must be the rent's currency, " + currency);
    }
  }
}
