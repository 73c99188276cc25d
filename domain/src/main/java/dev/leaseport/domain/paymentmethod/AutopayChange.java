package dev.leaseport.domain.paymentmethod;

import dev.leaseport.domain.shared.Violations;
import java.util.Optional;
import java.util.UUID;

/**
 * A renter's change of a lease's autopay: on with one of their saved methods, or off (a method
 * given with {@code enabled: false} is refused rather than ignored: the request is ambiguous).
 */
public record AutopayChange(boolean enabled, Optional<UUID> paymentMethodId) {
  public AutopayChange {
    new Violations()
        .check(
            !enabled || paymentMethodId.isPresent(),
            "paymentMethodId",
            "is required to turn autopay on")
        .check(
            enabled || paymentMethodId.isEmpty(),
            "paymentMethodId",
            "must be absent to turn autopay off")
        .throwIfAny();
  }
}
