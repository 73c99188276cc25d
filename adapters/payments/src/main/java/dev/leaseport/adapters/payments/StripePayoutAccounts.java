package dev.leaseport.adapters.payments;

import com.stripe.StripeClient;
import com.stripe.net.RequestOptions;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.NewPayoutAccount;
import dev.leaseport.domain.payment.OnboardingUrls;
import dev.leaseport.domain.payment.PayoutAccounts;
import java.net.URI;

/** Owners' payout accounts as Stripe Connect Express accounts. */
public final class StripePayoutAccounts implements PayoutAccounts {
  private final StripeClient stripe;

  public StripePayoutAccounts(StripeClient stripe) {
    this.stripe = stripe;
  }

  @Override
  public boolean isConfigured() {
    return true;
  }

  @Override
  public String createExpressAccount(NewPayoutAccount account, IdempotencyKey key) {
    AccountCreateParams params =
        AccountCreateParams.builder()
            .setType(AccountCreateParams.Type.EXPRESS)
            .setEmail(account.email())
            .putMetadata("leaseport_owner_id", account.ownerId().toString())
            .build();
    return StripeFailures.call(
            "creating a Connect account", () -> stripe.v1().accounts().create(params, options(key)))
        .getId();
  }

  @Override
  public URI onboardingLink(String accountId, OnboardingUrls urls, IdempotencyKey key) {
    AccountLinkCreateParams params =
        AccountLinkCreateParams.builder()
            .setAccount(accountId)
            .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
            .setReturnUrl(urls.returnUrl().toString())
            .setRefreshUrl(urls.refreshUrl().toString())
            .build();
    return URI.create(
        StripeFailures.call(
                "creating an onboarding link",
                () -> stripe.v1().accountLinks().create(params, options(key)))
            .getUrl());
  }

  static RequestOptions options(IdempotencyKey key) {
    return RequestOptions.builder().setIdempotencyKey(key.value()).build();
  }
}
