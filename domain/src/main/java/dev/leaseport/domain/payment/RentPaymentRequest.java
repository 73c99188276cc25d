package dev.leaseport.domain.payment;

import dev.leaseport.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One rent payment to start with the payment provider: the whole amount is charged on the platform
 * and sent on to the owner's payout account (a destination charge), less the platform's fee.
 *
 * @param paymentId Leaseport's payment row: the idempotency key and the metadata derive from it
 * @param destinationAccount the owner's payout account (its provider id)
 * @param customerId the payer as the provider's customer, needed with a saved payment method
 * @param paymentMethodId a saved payment method of that customer; absent: the payer enters one
 */
public record RentPaymentRequest(
    UUID paymentId,
    UUID chargeId,
    UUID leaseId,
    UUID ownerId,
    Money amount,
    Money applicationFee,
    String destinationAccount,
    Optional<String> customerId,
    Optional<String> paymentMethodId) {

  public RentPaymentRequest {
    Objects.requireNonNull(paymentId, "paymentId");
    Objects.requireNonNull(chargeId, "chargeId");
    Objects.requireNonNull(leaseId, "leaseId");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(applicationFee, "applicationFee");
    Objects.requireNonNull(destinationAccount, "destinationAccount");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(paymentMethodId, "paymentMethodId");
    if (amount.amount() <= 0) {
      throw new IllegalArgumentException("A payment is of a positive amount");
    }
    if (!applicationFee.currency().equals(amount.currency())
        || applicationFee.amount() < 0
        || applicationFee.amount() > amount.amount()) {
      throw new IllegalArgumentException("The fee is part of the amount, in its currency");
    }
    if (paymentMethodId.isPresent() && customerId.isEmpty()) {
      throw new IllegalArgumentException("A saved payment method belongs to a customer");
    }
  }

  /** The key the provider deduplicates this payment by: one intent per payment row, ever. */
  public IdempotencyKey idempotencyKey() {
    return IdempotencyKey.of("rent-payment", paymentId);
  }
}
