package dev.leaseport.domain.payment;

import java.util.Optional;
import java.util.UUID;

/**
 * The caller's own payout account row. Requests may create it and read it; its state changes only
 * through the provider's events.
 */
public interface PayoutAccountRepository {

  Optional<PayoutAccount> findMine();

  /**
   * Records the owner's new account; false when the owner already has one (created concurrently),
   * which then stays.
   */
  boolean create(UUID ownerId, String accountId);
}
