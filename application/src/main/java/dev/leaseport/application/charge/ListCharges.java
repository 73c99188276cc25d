package dev.leaseport.application.charge;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.charge.Charge;
import dev.leaseport.domain.charge.ChargeFilter;
import dev.leaseport.domain.charge.ChargeRepository;
import dev.leaseport.domain.charge.ChargeSortField;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;

/**
 * Lists the charges the caller may see (an owner's, or those of a renter's leases), filtered and
 * sorted, with the true total.
 */
public final class ListCharges {
  private final UserTransactions transactions;
  private final ChargeRepository charges;

  public ListCharges(UserTransactions transactions, ChargeRepository charges) {
    this.transactions = transactions;
    this.charges = charges;
  }

  public Page<Charge> execute(
      Caller caller, ChargeFilter filter, Sort<ChargeSortField> sort, PageRequest page) {
    return transactions.run(caller, () -> charges.list(filter, sort, page));
  }
}
