package dev.leaseport.domain.payment;

import java.util.Objects;
import java.util.UUID;

/** Saving a payment method for later payments: the renter, and their customer at the provider. */
public record SetupRequest(UUID userId, String customerId) {
  public SetupRequest {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(customerId, "customerId");
  }
}
