package dev.leaseport.application.payment;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.payment.Payment;
import dev.leaseport.domain.payment.PaymentRepository;
import dev.leaseport.domain.payment.RefundReason;
import dev.leaseport.domain.payment.RefundToSubmit;
import dev.leaseport.domain.payment.RentPayments;
import dev.leaseport.domain.shared.DomainException;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.UnavailableException;
import dev.leaseport.domain.shared.ValidationException;
import java.util.Optional;
import java.util.UUID;

/**
 * The owner refunds part (or all that remains) of a succeeded payment. The refund is reserved first
 * (never more than remains, even for two refunds at once), then sent to the provider under a key
 * derived from the reservation, then its id stored; a refusal releases the reservation. The
 * refunded amount on the payment and its charge follows the provider's {@code charge.refunded}.
 */
public final class RefundPayment {
  private final UserTransactions transactions;
  private final PaymentRepository payments;
  private final RentPayments provider;

  public RefundPayment(
      UserTransactions transactions, PaymentRepository payments, RentPayments provider) {
    this.transactions = transactions;
    this.payments = payments;
    this.provider = provider;
  }

  /**
   * @param amount in the payment's currency; empty: all that remains
   */
  public Payment execute(
      Caller caller, UUID paymentId, Optional<Money> amount, RefundReason reason) {
    caller.require(UserType.OWNER);
    if (!provider.isConfigured()) {
      throw UnavailableException.paymentsNotConfigured();
    }
    RefundToSubmit refund =
        transactions.run(
            caller,
            () -> {
              Payment payment =
                  payments.find(paymentId).orElseThrow(() -> new NotFoundException("Payment"));
              String currency = payment.amount().currency();
              if (amount.isPresent() && !amount.get().currency().equals(currency)) {
                throw ValidationException.of(
                    "amount.currency", "must be the payment's currency, " + currency);
              }
              return payments.reserveRefund(paymentId, amount.map(Money::amount), reason);
            });
    String providerRefund;
    try {
      providerRefund = provider.refund(refund.request(reason));
    } catch (DomainException e) {
      record(caller, refund, Optional.empty());
      throw e;
    }
    return record(caller, refund, Optional.of(providerRefund));
  }

  private Payment record(Caller caller, RefundToSubmit refund, Optional<String> providerRefund) {
    return transactions.run(
        caller,
        () -> {
          payments.recordRefund(refund.refundId(), providerRefund);
          return payments
              .find(refund.paymentId())
              .orElseThrow(() -> new NotFoundException("Payment"));
        });
  }
}
