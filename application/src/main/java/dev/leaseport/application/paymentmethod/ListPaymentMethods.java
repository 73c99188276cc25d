package dev.leaseport.application.paymentmethod;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.paymentmethod.PaymentMethodRepository;
import dev.leaseport.domain.paymentmethod.SavedPaymentMethod;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;

/** A renter's saved methods, the default first. Read from Leaseport's records, not the provider. */
public final class ListPaymentMethods {
  private final UserTransactions transactions;
  private final PaymentMethodRepository methods;

  public ListPaymentMethods(UserTransactions transactions, PaymentMethodRepository methods) {
    this.transactions = transactions;
    this.methods = methods;
  }

  public Page<SavedPaymentMethod> execute(Caller caller, PageRequest page) {
    caller.require(UserType.TENANT);
    return transactions.run(caller, () -> methods.listMine(page));
  }
}
