package dev.leaseport.domain.paymentmethod;

import java.util.Optional;
import java.util.UUID;

/**
 * Whether a lease's due charges are paid automatically, and with which saved method (whose holder
 * is the payer). Autopay is on exactly when a method is named.
 */
public record LeaseAutopay(UUID leaseId, Optional<UUID> paymentMethodId) {
  public boolean enabled() {
    return paymentMethodId.isPresent();
  }
}
