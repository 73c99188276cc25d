package dev.leaseport.application.paymentmethod;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.paymentmethod.PaymentMethodRepository;
import dev.leaseport.domain.paymentmethod.SavedPaymentMethod;
import dev.leaseport.domain.shared.NotFoundException;
import java.util.UUID;

/** A renter makes one of their saved methods the default; the previous default stops being it. */
public final class MakePaymentMethodDefault {
  private final UserTransactions transactions;
  private final PaymentMethodRepository methods;

  public MakePaymentMethodDefault(UserTransactions transactions, PaymentMethodRepository methods) {
    this.transactions = transactions;
    this.methods = methods;
  }

  public SavedPaymentMethod execute(Caller caller, UUID id) {
    caller.require(UserType.TENANT);
    return transactions.run(
        caller,
        () -> {
          if (!methods.makeDefault(id)) {
            throw notFound();
          }
          return methods.findMine(id).orElseThrow(MakePaymentMethodDefault::notFound);
        });
  }

  static NotFoundException notFound() {
    return new NotFoundException("Payment method");
  }
}
