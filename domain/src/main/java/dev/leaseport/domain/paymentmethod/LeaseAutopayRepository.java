package dev.leaseport.domain.paymentmethod;

import java.util.Optional;
import java.util.UUID;

/**
 * Autopay of the leases the caller can see, inside the caller's transaction. Setting it changes the
 * autopay fields of the lease and nothing else: never its rent or any other term.
 */
public interface LeaseAutopayRepository {

  Optional<LeaseAutopay> find(UUID leaseId);

  /**
   * A renter of the lease turns autopay on with one of their own saved methods, or off with none. A
   * lease or method that is not theirs is not found; turning it on for a lease that is not sent or
   * active is a lease-state conflict.
   */
  void set(UUID leaseId, Optional<UUID> paymentMethodId);
}
