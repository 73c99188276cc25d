package dev.leaseport.application.payment;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.payment.Payment;
import dev.leaseport.domain.payment.PaymentFilter;
import dev.leaseport.domain.payment.PaymentRepository;
import dev.leaseport.domain.payment.PaymentSortField;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;

/** Lists the payments the caller may see (owner or renter), filtered, with the true total. */
public final class ListPayments {
  private final UserTransactions transactions;
  private final PaymentRepository payments;

  public ListPayments(UserTransactions transactions, PaymentRepository payments) {
    this.transactions = transactions;
    this.payments = payments;
  }

  public Page<Payment> execute(
      Caller caller, PaymentFilter filter, Sort<PaymentSortField> sort, PageRequest page) {
    return transactions.run(caller, () -> payments.list(filter, sort, page));
  }
}
