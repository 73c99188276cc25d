package dev.leaseport.domain.payment;

import java.net.URI;

/**
 * The payment provider's side of an owner's payout account: opening it and sending the owner
 * through the provider's onboarding. Its state comes back as events ({@link PaymentEvent}).
 */
public interface PayoutAccounts {

  /** False when this server has no payment provider configured: every call then fails with 503. */
  boolean isConfigured();

  /**
   * Opens an Express account and returns its provider id. The same key returns the same account.
   */
  String createExpressAccount(NewPayoutAccount account, IdempotencyKey key);

  /** A one-time link into the provider's onboarding for this account. */
  URI onboardingLink(String accountId, OnboardingUrls urls, IdempotencyKey key);
}
