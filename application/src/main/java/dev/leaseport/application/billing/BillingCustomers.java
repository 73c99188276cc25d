package dev.leaseport.application.billing;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.billing.Subscription;
import dev.leaseport.domain.billing.SubscriptionRepository;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.NewBillingCustomer;
import dev.leaseport.domain.payment.SubscriptionBilling;
import java.util.Optional;

/**
 * An owner's billing customer, created once: the stored one when there is one; otherwise Stripe
 * makes it under a key derived from the owner (a repeat within Stripe's 24 hours returns the same
 * customer) and it is stored, the first stored winning a race. Stripe is called outside any
 * transaction, and a failure there stores nothing.
 */
final class BillingCustomers {
  private final UserTransactions transactions;
  private final SubscriptionRepository subscriptions;
  private final SubscriptionBilling billing;

  BillingCustomers(
      UserTransactions transactions,
      SubscriptionRepository subscriptions,
      SubscriptionBilling billing) {
    this.transactions = transactions;
    this.subscriptions = subscriptions;
    this.billing = billing;
  }

  Optional<Subscription> stored(Caller caller) {
    return transactions.run(caller, subscriptions::findOwn);
  }

  String customerOf(Caller caller, Optional<Subscription> stored) {
    if (stored.isPresent()) {
      return stored.get().stripeCustomerId();
    }
    String created =
        billing.createCustomer(
            new NewBillingCustomer(caller.userId(), caller.email()),
            IdempotencyKey.of("customer", caller.userId()));
    return transactions.run(caller, () -> subscriptions.rememberCustomer(caller.userId(), created));
  }
}
