package dev.leaseport.domain.charge;

import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import java.util.Optional;
import java.util.UUID;

/**
 * Charges visible to the current caller, inside the caller's transaction: the owner's own, or those
 * of the leases a renter is party to. Writes are database calls that check the caller and the state
 * under a row lock.
 */
public interface ChargeRepository {

  /** Adds an OTHER charge to the caller's lease, in its currency; returns the charge's id. */
  UUID add(UUID leaseId, NewCharge charge);

  Optional<Charge> findById(UUID id);

  Page<Charge> list(ChargeFilter filter, Sort<ChargeSortField> sort, PageRequest page);

  /** Voids the caller's OPEN charge that no payment has touched (409 charge-state-conflict). */
  void voidCharge(UUID id);
}
