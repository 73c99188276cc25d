package dev.leaseport.application.paymentmethod;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.payment.SavedPaymentMethods;
import dev.leaseport.domain.paymentmethod.PaymentMethodRepository;
import dev.leaseport.domain.paymentmethod.SavedPaymentMethod;
import dev.leaseport.domain.shared.UnavailableException;
import java.util.UUID;

/**
 * A renter removes a saved method: detached at the provider first, so it can never be charged
 * again, then its record goes (the default moves to the newest remaining method; autopay paying
 * with it turns off). When the provider fails the record stays, and the renter can try again; the
 * provider's {@code payment_method.detached} event removes a record this call did not reach.
 */
public final class RemovePaymentMethod {
  private final UserTransactions transactions;
  private final PaymentMethodRepository methods;
  private final SavedPaymentMethods provider;

  public RemovePaymentMethod(
      UserTransactions transactions,
      PaymentMethodRepository methods,
      SavedPaymentMethods provider) {
    this.transactions = transactions;
    this.methods = methods;
    this.provider = provider;
  }

  public void execute(Caller caller, UUID id) {
    caller.require(UserType.TENANT);
    if (!provider.isConfigured()) {
      throw UnavailableException.paymentsNotConfigured();
    }
    SavedPaymentMethod method =
        transactions
            .run(caller, () -> methods.findMine(id))
            .orElseThrow(MakePaymentMethodDefault::notFound);
    provider.detach(method.providerId());
    transactions.run(caller, () -> methods.delete(id));
  }
}
