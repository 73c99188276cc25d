package dev.leaseport.adapters.payments;

import static dev.leaseport.adapters.payments.StripePayoutAccounts.options;

import com.stripe.StripeClient;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.billingportal.SessionCreateParams;
import dev.leaseport.domain.payment.CheckoutRequest;
import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.NewBillingCustomer;
import dev.leaseport.domain.payment.SubscriptionBilling;
import java.net.URI;

/** Owners' subscriptions with Stripe Billing: customers, Checkout and the Billing Portal. */
public final class StripeSubscriptionBilling implements SubscriptionBilling {
  private final StripeClient stripe;

  public StripeSubscriptionBilling(StripeClient stripe) {
    this.stripe = stripe;
  }

  @Override
  public boolean isConfigured() {
    return true;
  }

  @Override
  public String createCustomer(NewBillingCustomer customer, IdempotencyKey key) {
    CustomerCreateParams params =
        CustomerCreateParams.builder()
            .setEmail(customer.email())
            .putMetadata("leaseport_owner_id", customer.ownerId().toString())
            .build();
    return StripeFailures.call(
            "creating a customer", () -> stripe.v1().customers().create(params, options(key)))
        .getId();
  }

  @Override
  public URI startCheckout(CheckoutRequest request, IdempotencyKey key) {
    com.stripe.param.checkout.SessionCreateParams params =
        com.stripe.param.checkout.SessionCreateParams.builder()
            .setMode(com.stripe.param.checkout.SessionCreateParams.Mode.SUBSCRIPTION)
            .setCustomer(request.customerId())
            .setClientReferenceId(request.ownerId().toString())
            .addLineItem(
                com.stripe.param.checkout.SessionCreateParams.LineItem.builder()
                    .setPrice(request.priceId())
                    .setQuantity(1L)
                    .build())
            .setSuccessUrl(request.successUrl().toString())
            .setCancelUrl(request.cancelUrl().toString())
            .putMetadata("leaseport_owner_id", request.ownerId().toString())
            .build();
    return URI.create(
        StripeFailures.call(
                "starting a checkout",
                () -> stripe.v1().checkout().sessions().create(params, options(key)))
            .getUrl());
  }

  @Override
  public URI openPortal(String customerId, URI returnUrl, IdempotencyKey key) {
    SessionCreateParams params =
        SessionCreateParams.builder()
            .setCustomer(customerId)
            .setReturnUrl(returnUrl.toString())
            .build();
    return URI.create(
        StripeFailures.call(
                "opening the billing portal",
                () -> stripe.v1().billingPortal().sessions().create(params, options(key)))
            .getUrl());
  }
}
