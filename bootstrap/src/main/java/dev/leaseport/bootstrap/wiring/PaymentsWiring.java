package dev.leaseport.bootstrap.wiring;

import com.stripe.StripeClient;
import dev.leaseport.adapters.payments.NotConfiguredPayments;
import dev.leaseport.adapters.payments.StripeClients;
import dev.leaseport.adapters.payments.StripeEventDetails;
import dev.leaseport.adapters.payments.StripeEventVerifier;
import dev.leaseport.adapters.payments.StripePayoutAccounts;
import dev.leaseport.adapters.payments.StripeRentPayments;
import dev.leaseport.adapters.payments.StripeSavedPaymentMethods;
import dev.leaseport.adapters.payments.StripeSettings;
import dev.leaseport.adapters.payments.StripeSubscriptionBilling;
import dev.leaseport.bootstrap.config.LeaseportSettings;
import dev.leaseport.bootstrap.config.PaymentSettings;
import dev.leaseport.bootstrap.startup.LeaseportRuntime;
import dev.leaseport.domain.payment.OnboardingUrls;
import dev.leaseport.domain.payment.PaymentEventDetails;
import dev.leaseport.domain.payment.PaymentEventVerifier;
import dev.leaseport.domain.payment.PayoutAccounts;
import dev.leaseport.domain.payment.PlatformFee;
import dev.leaseport.domain.payment.RentPayments;
import dev.leaseport.domain.payment.SavedPaymentMethods;
import dev.leaseport.domain.payment.SubscriptionBilling;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;

/**
 * The payment ports from configuration: Stripe when {@code STRIPE_SECRET_KEY} is set (one client,
 * shared, as stripe-java intends), otherwise ports that answer 503 {@code payments-not-configured}.
 */
@ApplicationScoped
public class PaymentsWiring {
  @Inject LeaseportRuntime runtime;
  private PayoutAccounts payoutAccounts;
  private SubscriptionBilling subscriptionBilling;
  private SavedPaymentMethods savedPaymentMethods;
  private PaymentEventDetails eventDetails;
  private RentPayments rentPayments;
  private PlatformFee platformFee;
  private PaymentEventVerifier eventVerifier;
  private OnboardingUrls onboardingUrls;

  @PostConstruct
  void build() {
    LeaseportSettings all = runtime.settings();
    PaymentSettings settings = all.payments();
    // Stripe's onboarding sends the owner back to Leaseport's public address.
    String base = all.publicUrl().replaceAll("/+$", "");
    onboardingUrls =
        new OnboardingUrls(
            URI.create(base + "/connect/onboarding/return"),
            URI.create(base + "/connect/onboarding/refresh"));
    if (settings.secretKey().isPresent()) {
      StripeClient stripe =
          StripeClients.create(StripeSettings.of(settings.secretKey().get(), settings.apiBase()));
      payoutAccounts = new StripePayoutAccounts(stripe);
      subscriptionBilling = new StripeSubscriptionBilling(stripe);
      savedPaymentMethods = new StripeSavedPaymentMethods(stripe);
      eventDetails = new StripeEventDetails(stripe);
      rentPayments = new StripeRentPayments(stripe);
    } else {
      NotConfiguredPayments off = new NotConfiguredPayments();
      payoutAccounts = off;
      subscriptionBilling = off;
      savedPaymentMethods = off;
      eventDetails = PaymentEventDetails.none();
      rentPayments = off;
    }
    platformFee = settings.platformFee();
    eventVerifier =
        new StripeEventVerifier(
            settings.webhookSecret(), settings.connectWebhookSecret(), Clock.systemUTC());
  }

  @Produces
  PayoutAccounts payoutAccounts() {
    return payoutAccounts;
  }

  @Produces
  SubscriptionBilling subscriptionBilling() {
    return subscriptionBilling;
  }

  @Produces
  SavedPaymentMethods savedPaymentMethods() {
    return savedPaymentMethods;
  }

  @Produces
  PaymentEventDetails paymentEventDetails() {
    return eventDetails;
  }

  @Produces
  RentPayments rentPayments() {
    return rentPayments;
  }

  @Produces
  PlatformFee platformFee() {
    return platformFee;
  }

  @Produces
  OnboardingUrls onboardingUrls() {
    return onboardingUrls;
  }

  @Produces
  PaymentEventVerifier paymentEventVerifier() {
    return eventVerifier;
  }
}
