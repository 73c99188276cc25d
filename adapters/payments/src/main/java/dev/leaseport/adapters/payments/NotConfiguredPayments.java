package dev.leaseport.adapters.payments;

import dev.leaseport.domain.payment.CheckoutRequest;
import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.NewBillingCustomer;
import dev.leaseport.domain.payment.NewPayerCustomer;
import dev.leaseport.domain.payment.NewPayoutAccount;
import dev.leaseport.domain.payment.OnboardingUrls;
import dev.leaseport.domain.payment.PayoutAccounts;
import dev.leaseport.domain.payment.RentPaymentRequest;
import dev.leaseport.domain.payment.RentPayments;
import dev.leaseport.domain.payment.RentRefundRequest;
import dev.leaseport.domain.payment.SavedPaymentMethods;
import dev.leaseport.domain.payment.SetupRequest;
import dev.leaseport.domain.payment.StartedRentPayment;
import dev.leaseport.domain.payment.StartedSetup;
import dev.leaseport.domain.payment.SubscriptionBilling;
import dev.leaseport.domain.shared.UnavailableException;
import java.net.URI;

/**
 * The payment ports of a server without {@code STRIPE_SECRET_KEY}: every call is 503 {@code
 * payments-not-configured}, so the rest of Leaseport works without Stripe.
 */
public final class NotConfiguredPayments
    implements PayoutAccounts, SubscriptionBilling, RentPayments, SavedPaymentMethods {

  @Override
  public boolean isConfigured() {
    return false;
  }

  @Override
  public String createExpressAccount(NewPayoutAccount account, IdempotencyKey key) {
    throw UnavailableException.paymentsNotConfigured();
  }

  @Override
  public URI onboardingLink(String accountId, OnboardingUrls urls, IdempotencyKey key) {
    throw UnavailableException.paymentsNotConfigured();
  }

  @Override
  public String createCustomer(NewBillingCustomer customer, IdempotencyKey key) {
    throw UnavailableException.paymentsNotConfigured();
  }

  @Override
  public URI startCheckout(CheckoutRequest request, IdempotencyKey key) {
    throw UnavailableException.paymentsNotConfigured();
  }

  @Override
  public URI openPortal(String customerId, URI returnUrl, IdempotencyKey key) {
    throw UnavailableException.paymentsNotConfigured();
  }

  @Override
  public StartedRentPayment start(RentPaymentRequest request) {
    throw UnavailableException.paymentsNotConfigured();
  }

  @Override
  public StartedRentPayment chargeSaved(RentPaymentRequest request) {
    throw UnavailableException.paymentsNotConfigured();
  }

  @Override
  public String refund(RentRefundRequest request) {
    throw UnavailableException.paymentsNotConfigured();
  }

  @Override
  public String createCustomer(NewPayerCustomer customer, IdempotencyKey key) {
    throw UnavailableException.paymentsNotConfigured();
  }

  @Override
  public StartedSetup startSetup(SetupRequest request, IdempotencyKey key) {
    throw UnavailableException.paymentsNotConfigured();
  }

  @Override
  public void detach(String paymentMethodId) {
    throw UnavailableException.paymentsNotConfigured();
  }
}
