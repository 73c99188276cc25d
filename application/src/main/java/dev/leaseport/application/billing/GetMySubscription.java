package dev.leaseport.application.billing;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.billing.OwnerSubscription;
import dev.leaseport.domain.billing.PlanCatalog;
import dev.leaseport.domain.billing.Subscription;
import dev.leaseport.domain.billing.SubscriptionRepository;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.UnavailableException;
import java.util.Optional;

/** An owner reads the plan that applies to them: the free plan while they have no subscription. */
public final class GetMySubscription {
  private final UserTransactions transactions;
  private final SubscriptionRepository subscriptions;
  private final PlanCatalog plans;

  public GetMySubscription(
      UserTransactions transactions, SubscriptionRepository subscriptions, PlanCatalog plans) {
    this.transactions = transactions;
    this.subscriptions = subscriptions;
    this.plans = plans;
  }

  public OwnerSubscription execute(Caller caller) {
    caller.require(UserType.OWNER);
    if (!plans.billingConfigured()) {
      throw UnavailableException.paymentsNotConfigured();
    }
    Optional<Subscription> own = transactions.run(caller, subscriptions::findOwn);
    return new OwnerSubscription(
        own.map(s -> plans.planOf(s.planId(), s.status())).orElse(plans.free()), own);
  }
}
