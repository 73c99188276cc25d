package dev.leaseport.domain.billing;

import java.util.Optional;
import java.util.UUID;

/** The caller's own billing record, inside the caller's transaction. */
public interface SubscriptionRepository {

  Optional<Subscription> findOwn();

  /**
   * Stores the caller's Stripe customer unless one is stored already, and returns the stored one:
   * of two checkouts racing for a new owner, both end up using the customer stored first.
   */
  String rememberCustomer(UUID ownerId, String stripeCustomerId);
}
