package dev.leaseport.domain.payment;

import dev.leaseport.domain.shared.Money;
import java.util.UUID;

/** A refund request written (its amount reserved) and ready for the payment provider. */
public record RefundToSubmit(UUID refundId, UUID paymentId, String intentId, Money amount) {

  public RentRefundRequest request(RefundReason reason) {
    return new RentRefundRequest(refundId, paymentId, intentId, amount, reason);
  }
}
