package dev.leaseport.domain.payment;

import dev.leaseport.domain.shared.Money;
import java.util.Objects;
import java.util.UUID;

/**
 * Giving back part or all of a succeeded rent payment. The owner's payout account returns the
 * amount (the transfer is reversed) and the platform returns its fee in proportion.
 *
 * @param refundId Leaseport's refund row: the idempotency key derives from it
 */
public record RentRefundRequest(
    UUID refundId, UUID paymentId, String intentId, Money amount, RefundReason reason) {

  public RentRefundRequest {
    Objects.requireNonNull(refundId, "refundId");
    Objects.requireNonNull(paymentId, "paymentId");
    Objects.requireNonNull(intentId, "intentId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reason, "reason");
    if (amount.amount() <= 0) {
      throw new IllegalArgumentException("A refund is of a positive amount");
    }
  }

  public IdempotencyKey idempotencyKey() {
    return IdempotencyKey.of("rent-refund", refundId);
  }
}
