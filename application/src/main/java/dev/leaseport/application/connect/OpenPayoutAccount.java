package dev.leaseport.application.connect;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.NewPayoutAccount;
import dev.leaseport.domain.payment.OpenedPayoutAccount;
import dev.leaseport.domain.payment.PayoutAccountRepository;
import dev.leaseport.domain.payment.PayoutAccounts;
import dev.leaseport.domain.shared.UnavailableException;
import java.util.Optional;

/**
 * An owner opens their payout account, once: asking again returns the same account. The provider's
 * account is created first, with a key derived from the owner, so a repeat (two requests at once,
 * two servers, a retry after a lost answer) gets the same account back; then the row is written,
 * and the owner's unique row decides which request opened it. When the provider fails nothing is
 * written.
 */
public final class OpenPayoutAccount {
  private final UserTransactions transactions;
  private final PayoutAccountRepository rows;
  private final PayoutAccounts provider;

  public OpenPayoutAccount(
      UserTransactions transactions, PayoutAccountRepository rows, PayoutAccounts provider) {
    this.transactions = transactions;
    this.rows = rows;
    this.provider = provider;
  }

  public OpenedPayoutAccount execute(Caller caller) {
    caller.require(UserType.OWNER);
    if (!provider.isConfigured()) {
      throw UnavailableException.paymentsNotConfigured();
    }
    Optional<OpenedPayoutAccount> existing =
        transactions.run(
            caller, () -> rows.findMine().map(account -> new OpenedPayoutAccount(account, false)));
    if (existing.isPresent()) {
      return existing.get();
    }
    String accountId =
        provider.createExpressAccount(
            new NewPayoutAccount(caller.userId(), caller.email()),
            IdempotencyKey.of("connect-account", caller.userId()));
    return transactions.run(
        caller,
        () -> {
          boolean opened = rows.create(caller.userId(), accountId);
          return new OpenedPayoutAccount(rows.findMine().orElseThrow(), opened);
        });
  }
}
