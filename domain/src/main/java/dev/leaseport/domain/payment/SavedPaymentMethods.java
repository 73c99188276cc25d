package dev.leaseport.domain.payment;

/**
 * The payment provider's side of a renter's saved payment methods: the renter as the provider's
 * customer, a setup the renter completes in their browser (a card, or a US bank account verified at
 * once, both saved for payments made while the renter is away), and removal. Saved methods come
 * back as events ({@link PaymentEvent}).
 */
public interface SavedPaymentMethods {

  /** False when this server has no payment provider configured: every call then fails with 503. */
  boolean isConfigured();

  /** Creates the renter's customer and returns its provider id. The same key returns the same. */
  String createCustomer(NewPayerCustomer customer, IdempotencyKey key);

  /** Starts saving a method for the customer; the renter confirms it with the client secret. */
  StartedSetup startSetup(SetupRequest request, IdempotencyKey key);

  /** Detaches the method from its customer: it can never be charged again. */
  void detach(String paymentMethodId);
}
