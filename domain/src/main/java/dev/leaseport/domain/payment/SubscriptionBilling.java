package dev.leaseport.domain.payment;

import java.net.URI;

/**
 * The payment provider's side of an owner's subscription: the billing customer, the hosted checkout
 * that starts a subscription and the billing portal that manages it. Subscription state comes back
 * as events ({@link PaymentEvent}).
 */
public interface SubscriptionBilling {

  /** False when this server has no payment provider configured: every call then fails with 503. */
  boolean isConfigured();

  /**
   * Creates the billing customer and returns its provider id. The same key returns the same one.
   */
  String createCustomer(NewBillingCustomer customer, IdempotencyKey key);

  /** Starts a hosted checkout and returns the URL to send the owner to. */
  URI startCheckout(CheckoutRequest request, IdempotencyKey key);

  /** Opens a billing-portal session for the customer and returns its URL. */
  URI openPortal(String customerId, URI returnUrl, IdempotencyKey key);
}
