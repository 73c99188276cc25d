package dev.leaseport.application.paymentmethod;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.NewPayerCustomer;
import dev.leaseport.domain.payment.SavedPaymentMethods;
import dev.leaseport.domain.paymentmethod.PaymentMethodRepository;
import java.util.Optional;

/**
 * A renter's customer at the payment provider, created once: the stored one when there is one;
 * otherwise the provider makes it under a key derived from the user (a repeat within the provider's
 * 24 hours, from any server, returns the same customer) and it is stored, the first stored winning
 * a race. The provider is called outside any transaction; a failure stores nothing.
 */
final class PayerCustomers {
  private final UserTransactions transactions;
  private final PaymentMethodRepository methods;
  private final SavedPaymentMethods provider;

  PayerCustomers(
      UserTransactions transactions,
      PaymentMethodRepository methods,
      SavedPaymentMethods provider) {
    this.transactions = transactions;
    this.methods = methods;
    this.provider = provider;
  }

  String customerOf(Caller caller) {
    Optional<String> stored = transactions.run(caller, methods::myCustomerId);
    if (stored.isPresent()) {
      return stored.get();
    }
    String created =
        provider.createCustomer(
            new NewPayerCustomer(caller.userId(), caller.email()),
            IdempotencyKey.of("payer-customer", caller.userId()));
    return transactions.run(caller, () -> methods.rememberMyCustomer(created));
  }
}
