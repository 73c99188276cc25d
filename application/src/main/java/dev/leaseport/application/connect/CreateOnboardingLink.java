package dev.leaseport.application.connect;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.OnboardingUrls;
import dev.leaseport.domain.payment.PayoutAccount;
import dev.leaseport.domain.payment.PayoutAccountRepository;
import dev.leaseport.domain.payment.PayoutAccounts;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.UnavailableException;
import java.net.URI;
import java.util.UUID;

/**
 * An owner gets a fresh link into the provider's onboarding for their payout account. Links are
 * single-use and short-lived, so each request makes a new one (its key names the owner and this
 * attempt); the provider sends the owner back to Leaseport's public URL.
 */
public final class CreateOnboardingLink {
  private final UserTransactions transactions;
  private final PayoutAccountRepository rows;
  private final PayoutAccounts provider;
  private final OnboardingUrls urls;

  public CreateOnboardingLink(
      UserTransactions transactions,
      PayoutAccountRepository rows,
      PayoutAccounts provider,
      OnboardingUrls urls) {
    this.transactions = transactions;
    this.rows = rows;
    this.provider = provider;
    this.urls = urls;
  }

  public URI execute(Caller caller) {
    caller.require(UserType.OWNER);
    if (!provider.isConfigured()) {
      throw UnavailableException.paymentsNotConfigured();
    }
    PayoutAccount account =
        transactions
            .run(caller, rows::findMine)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "payout-account-missing",
                        "Open a payout account first: POST /api/v1/connect/account"));
    return provider.onboardingLink(
        account.accountId(),
        urls,
        IdempotencyKey.forAttempt("onboarding-link", caller.userId(), UUID.randomUUID()));
  }
}
