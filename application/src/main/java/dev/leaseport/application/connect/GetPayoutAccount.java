package dev.leaseport.application.connect;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.payment.PayoutAccount;
import dev.leaseport.domain.payment.PayoutAccountRepository;
import dev.leaseport.domain.payment.PayoutAccounts;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.UnavailableException;

/** An owner reads their payout account's state, as the provider's latest event left it. */
public final class GetPayoutAccount {
  private final UserTransactions transactions;
  private final PayoutAccountRepository rows;
  private final PayoutAccounts provider;

  public GetPayoutAccount(
      UserTransactions transactions, PayoutAccountRepository rows, PayoutAccounts provider) {
    this.transactions = transactions;
    this.rows = rows;
    this.provider = provider;
  }

  public PayoutAccount execute(Caller caller) {
    caller.require(UserType.OWNER);
    if (!provider.isConfigured()) {
      throw UnavailableException.paymentsNotConfigured();
    }
    return transactions
        .run(caller, rows::findMine)
        .orElseThrow(() -> new NotFoundException("Payout account"));
  }
}
