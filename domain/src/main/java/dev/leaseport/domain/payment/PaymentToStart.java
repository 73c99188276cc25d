package dev.leaseport.domain.payment;

import dev.leaseport.domain.shared.Money;
import java.util.Optional;
import java.util.UUID;

/**
 * A PENDING payment row written for a charge's balance, with what the provider needs to collect it:
 * the owner's payout account and, when the payer has one, their customer id.
 */
public record PaymentToStart(
    UUID paymentId,
    UUID chargeId,
    UUID leaseId,
    UUID ownerId,
    Money amount,
    Money applicationFee,
    String destinationAccount,
    Optional<String> customerId) {

  /** The provider request for this row, with a saved payment method of the payer's, if any. */
  public RentPaymentRequest request(Optional<String> paymentMethodId) {
    return new RentPaymentRequest(
        paymentId,
        chargeId,
        leaseId,
        ownerId,
        amount,
        applicationFee,
        destinationAccount,
        customerId,
        paymentMethodId);
  }
}
