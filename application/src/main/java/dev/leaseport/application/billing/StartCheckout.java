package dev.leaseport.application.billing;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.billing.BillingReturnUrls;
import dev.leaseport.domain.billing.Plan;
import dev.leaseport.domain.billing.PlanCatalog;
import dev.leaseport.domain.billing.Subscription;
import dev.leaseport.domain.billing.SubscriptionRepository;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.payment.CheckoutRequest;
import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.SubscriptionBilling;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.UnavailableException;
import dev.leaseport.domain.shared.ValidationException;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/**
 * An owner starts a Stripe Checkout for a paid plan and gets its URL. The plan's state arrives
 * later, by Stripe's events. An owner whose subscription is live manages it in the billing portal
 * instead: a second checkout would bill them twice.
 */
public final class StartCheckout {
  private final PlanCatalog plans;
  private final SubscriptionBilling billing;
  private final BillingCustomers customers;
  private final BillingReturnUrls returnUrls;

  public StartCheckout(
      UserTransactions transactions,
      SubscriptionRepository subscriptions,
      SubscriptionBilling billing,
      PlanCatalog plans,
      BillingReturnUrls returnUrls) {
    this.plans = plans;
    this.billing = billing;
    this.customers = new BillingCustomers(transactions, subscriptions, billing);
    this.returnUrls = returnUrls;
  }

  public URI execute(Caller caller, String planId) {
    caller.require(UserType.OWNER);
    if (!plans.billingConfigured() || !billing.isConfigured()) {
      throw UnavailableException.paymentsNotConfigured();
    }
    Plan plan =
        plans
            .paidPlan(planId)
            .orElseThrow(() -> ValidationException.of("planId", "must be the id of a paid plan"));
    Optional<Subscription> stored = customers.stored(caller);
    if (stored.flatMap(Subscription::status).filter(s -> s.grantsPlan()).isPresent()) {
      throw new ConflictException(
          "conflict", "You already have a subscription; change it in the billing portal");
    }
    String customer = customers.customerOf(caller, stored);
    return billing.startCheckout(
        new CheckoutRequest(
            caller.userId(),
            customer,
            plan.stripePriceId().orElseThrow(),
            returnUrls.checkoutSuccess(),
            returnUrls.checkoutCanceled()),
        IdempotencyKey.forAttempt("checkout", caller.userId(), UUID.randomUUID()));
  }
}
