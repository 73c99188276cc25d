package dev.leaseport.application.payment;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.payment.PaymentRepository;
import dev.leaseport.domain.payment.PaymentStarted;
import dev.leaseport.domain.payment.PaymentToStart;
import dev.leaseport.domain.payment.PlatformFee;
import dev.leaseport.domain.payment.RentPayments;
import dev.leaseport.domain.payment.StartedRentPayment;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.PaymentDeclinedException;
import dev.leaseport.domain.shared.UnavailableException;
import dev.leaseport.domain.shared.ValidationException;
import java.util.Optional;
import java.util.UUID;

/**
 * A tenant of the lease pays a charge's whole balance. The order makes a payment intent without its
 * row impossible: (1) one transaction writes the PENDING payment (the checks and the row are one
 * database call); (2) the provider makes the intent under the key derived from that row; (3) a
 * second transaction stores the intent's id. A crash after (2) leaves the row without its id: the
 * payer's next attempt resumes that row with the same key and gets the same intent, and the
 * intent's events find the row by its metadata. A decline ends the attempt (FAILED, recorded); a
 * provider outage leaves the row to resume.
 */
public final class PayCharge {
  private final UserTransactions transactions;
  private final PaymentRepository payments;
  private final RentPayments provider;
  private final PlatformFee fee;

  public PayCharge(
      UserTransactions transactions,
      PaymentRepository payments,
      RentPayments provider,
      PlatformFee fee) {
    this.transactions = transactions;
    this.payments = payments;
    this.provider = provider;
    this.fee = fee;
  }

  public PaymentStarted execute(Caller caller, UUID chargeId, Optional<String> paymentMethodId) {
    caller.require(UserType.TENANT);
    if (!provider.isConfigured()) {
      throw UnavailableException.paymentsNotConfigured();
    }
    PaymentToStart row = transactions.run(caller, () -> payments.start(chargeId, fee));
    if (paymentMethodId.isPresent() && row.customerId().isEmpty()) {
      throw ValidationException.of("paymentMethodId", "is not a saved payment method of yours");
    }
    StartedRentPayment started;
    try {
      started = provider.start(row.request(paymentMethodId));
    } catch (PaymentDeclinedException e) {
      transactions.run(
          caller,
          () -> {
            payments.recordDecline(row.paymentId(), e.code(), e.getMessage());
            return null;
          });
      throw e;
    }
    return transactions.run(
        caller,
        () -> {
          payments.recordIntent(row.paymentId(), started.intentId());
          return new PaymentStarted(
              payments.find(row.paymentId()).orElseThrow(() -> new NotFoundException("Payment")),
              started.clientSecret());
        });
  }
}
