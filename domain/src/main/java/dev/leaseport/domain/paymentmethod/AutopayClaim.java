package dev.leaseport.domain.paymentmethod;

import dev.leaseport.domain.payment.RentPaymentRequest;
import dev.leaseport.domain.shared.Money;
import java.util.Optional;
import java.util.UUID;

/**
 * A due charge claimed by autopay, with its PENDING payment written: what to charge, to whom, with
 * which saved method of the payer's, for which owner's payout account.
 */
public record AutopayClaim(
    UUID paymentId,
    UUID chargeId,
    UUID leaseId,
    UUID ownerId,
    UUID payerId,
    Money amount,
    Money applicationFee,
    String destinationAccount,
    String customerId,
    String paymentMethodId) {

  /** The off-session payment of this claim; its idempotency key derives from the payment row. */
  public RentPaymentRequest toPaymentRequest() {
    return new RentPaymentRequest(
        paymentId,
        chargeId,
        leaseId,
        ownerId,
        amount,
        applicationFee,
        destinationAccount,
        Optional.of(customerId),
        Optional.of(paymentMethodId));
  }
}
