package dev.leaseport.application.paymentmethod;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.SavedPaymentMethods;
import dev.leaseport.domain.payment.SetupRequest;
import dev.leaseport.domain.payment.StartedSetup;
import dev.leaseport.domain.paymentmethod.PaymentMethodRepository;
import dev.leaseport.domain.shared.UnavailableException;
import java.util.UUID;

/**
 * A renter starts saving a card or bank account: the answer's client secret lets the provider's
 * JavaScript collect and confirm it. The method is recorded when the provider reports it saved.
 * Each call is a new setup (a new attempt key): a second click must not resume a finished one.
 */
public final class StartPaymentMethodSetup {
  private final SavedPaymentMethods provider;
  private final PayerCustomers customers;

  public StartPaymentMethodSetup(
      UserTransactions transactions,
      PaymentMethodRepository methods,
      SavedPaymentMethods provider) {
    this.provider = provider;
    this.customers = new PayerCustomers(transactions, methods, provider);
  }

  public StartedSetup execute(Caller caller) {
    caller.require(UserType.TENANT);
    if (!provider.isConfigured()) {
      throw UnavailableException.paymentsNotConfigured();
    }
    String customer = customers.customerOf(caller);
    return provider.startSetup(
        new SetupRequest(caller.userId(), customer),
        IdempotencyKey.forAttempt("setup-intent", caller.userId(), UUID.randomUUID()));
  }
}
