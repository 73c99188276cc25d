package dev.leaseport.domain.payment;

import java.util.Optional;
import java.util.UUID;

/** Filters of a payment list; empty means any. */
public record PaymentFilter(
    Optional<UUID> chargeId, Optional<UUID> leaseId, Optional<PaymentStatus> status) {

  public static PaymentFilter none() {
    return new PaymentFilter(Optional.empty(), Optional.empty(), Optional.empty());
  }
}
