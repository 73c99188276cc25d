package dev.leaseport.application.payment;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.payment.Payment;
import dev.leaseport.domain.payment.PaymentRepository;
import dev.leaseport.domain.shared.NotFoundException;
import java.util.UUID;

/**
 * Reads one payment: the owner's, or for a renter one they made or one of their lease's (row-level
 * security decides; anything else is 404).
 */
public final class GetPayment {
  private final UserTransactions transactions;
  private final PaymentRepository payments;

  public GetPayment(UserTransactions transactions, PaymentRepository payments) {
    this.transactions = transactions;
    this.payments = payments;
  }

  public Payment execute(Caller caller, UUID id) {
    return transactions.run(
        caller, () -> payments.find(id).orElseThrow(() -> new NotFoundException("Payment")));
  }
}
