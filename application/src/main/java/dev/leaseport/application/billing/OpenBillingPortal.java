package dev.leaseport.application.billing;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.billing.BillingReturnUrls;
import dev.leaseport.domain.billing.PlanCatalog;
import dev.leaseport.domain.billing.SubscriptionRepository;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.SubscriptionBilling;
import dev.leaseport.domain.shared.UnavailableException;
import java.net.URI;
import java.util.UUID;

/**
 * An owner opens Stripe's billing portal (change plan, cancel, invoices, card) and gets its URL. An
 * owner without a customer yet gets one, so the portal opens for them too.
 */
public final class OpenBillingPortal {
  private final PlanCatalog plans;
  private final SubscriptionBilling billing;
  private final BillingCustomers customers;
  private final BillingReturnUrls returnUrls;

  public OpenBillingPortal(
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

  public URI execute(Caller caller) {
    caller.require(UserType.OWNER);
    if (!plans.billingConfigured() || !billing.isConfigured()) {
      throw UnavailableException.paymentsNotConfigured();
    }
    String customer = customers.customerOf(caller, customers.stored(caller));
    return billing.openPortal(
        customer,
        returnUrls.portalReturn(),
        IdempotencyKey.forAttempt("portal", caller.userId(), UUID.randomUUID()));
  }
}
