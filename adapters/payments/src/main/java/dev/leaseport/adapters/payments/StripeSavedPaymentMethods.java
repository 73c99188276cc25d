package dev.leaseport.adapters.payments;

import static dev.leaseport.adapters.payments.StripePayoutAccounts.options;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.SetupIntent;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.SetupIntentCreateParams;
import com.stripe.param.SetupIntentCreateParams.PaymentMethodOptions;
import com.stripe.param.SetupIntentCreateParams.PaymentMethodOptions.UsBankAccount;
import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.NewPayerCustomer;
import dev.leaseport.domain.payment.SavedPaymentMethods;
import dev.leaseport.domain.payment.SetupRequest;
import dev.leaseport.domain.payment.StartedSetup;

/**
 * Renters' saved methods with Stripe: a Customer per renter, SetupIntents for a card or a US bank
 * account (verified instantly through Financial Connections; the mandate is accepted when the
 * renter confirms) saved for off-session use, so autopay can charge them later with the renter
 * away, and detaching.
 */
public final class StripeSavedPaymentMethods implements SavedPaymentMethods {
  static final String CARD = "card";
  static final String US_BANK_ACCOUNT = "us_bank_account";
  private final StripeClient stripe;

  public StripeSavedPaymentMethods(StripeClient stripe) {
    this.stripe = stripe;
  }

  @Override
  public boolean isConfigured() {
    return true;
  }

  @Override
  public String createCustomer(NewPayerCustomer customer, IdempotencyKey key) {
    CustomerCreateParams params =
        CustomerCreateParams.builder()
            .setEmail(customer.email())
            .putMetadata("leaseport_user_id", customer.userId().toString())
            .build();
    return StripeFailures.call(
            "creating a renter's customer",
            () -> stripe.v1().customers().create(params, options(key)))
        .getId();
  }

  @Override
  public StartedSetup startSetup(SetupRequest request, IdempotencyKey key) {
    SetupIntentCreateParams params =
        SetupIntentCreateParams.builder()
            .setCustomer(request.customerId())
            .setUsage(SetupIntentCreateParams.Usage.OFF_SESSION)
            .addPaymentMethodType(CARD)
            .addPaymentMethodType(US_BANK_ACCOUNT)
            .setPaymentMethodOptions(
                PaymentMethodOptions.builder()
                    .setUsBankAccount(
                        UsBankAccount.builder()
                            .setVerificationMethod(UsBankAccount.VerificationMethod.INSTANT)
                            .build())
                    .build())
            .putMetadata("leaseport_user_id", request.userId().toString())
            .build();
    SetupIntent intent =
        StripeFailures.call(
            "starting a payment method setup",
            () -> stripe.v1().setupIntents().create(params, options(key)));
    return new StartedSetup(intent.getId(), intent.getClientSecret());
  }

  /**
   * Detaching is final at Stripe; a second detach is refused there. A refusal for a method that is
   * no longer attached (the renter removed it twice, or Stripe's event removed it meanwhile) counts
   * as done; any other failure maps as usual.
   */
  @Override
  public void detach(String paymentMethodId) {
    StripeFailures.call(
        "detaching a payment method",
        () -> {
          try {
            return stripe.v1().paymentMethods().detach(paymentMethodId);
          } catch (InvalidRequestException refused) {
            if (isDetached(paymentMethodId)) {
              return null;
            }
            throw refused;
          }
        });
  }

  private boolean isDetached(String paymentMethodId) throws StripeException {
    return stripe.v1().paymentMethods().retrieve(paymentMethodId).getCustomer() == null;
  }
}
