package dev.leaseport.domain.dashboard;

import dev.leaseport.domain.shared.Money;

/**
 * The charges of one currency due in the month (VOID ones excepted): what they ask for, what was
 * paid of them net of refunds, and what is still owed, so that charged = collected + outstanding.
 */
public record MonthCollection(Money charged, Money collected, Money outstanding) {
  public MonthCollection {
    if (!charged.currency().equals(collected.currency())
        || !charged.currency().equals(outstanding.currency())) {
      throw new IllegalArgumentException("one currency per month's figures");
    }
  }

  public String currency() {
    return charged.currency();
  }
}
