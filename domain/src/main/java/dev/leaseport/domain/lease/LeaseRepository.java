package dev.leaseport.domain.lease;

import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import java.util.Optional;
import java.util.UUID;

/**
 * Leases visible to the current caller, inside the caller's transaction. Each transition is one
 * database call that re-checks the state under a row lock, so a race ends in the same 409 that
 * {@link LeaseStatus#require} gives.
 */
public interface LeaseRepository {

  /** The unit and every tenant must be the caller's own; any other is not found. */
  Lease create(UUID ownerId, NewLease lease);

  Optional<Lease> findById(UUID id);

  Page<Lease> list(LeaseFilter filter, Sort<LeaseSortField> sort, PageRequest page);

  Optional<Lease> update(UUID id, LeaseChanges changes, Versioned expected);

  void send(UUID id);

  /** Records the caller's signature; returns the status afterwards (ACTIVE once complete). */
  LeaseStatus sign(UUID id, SigningContext context);

  void terminate(UUID id, LeaseTermination termination);

  void cancel(UUID id);

  /** Drafts the renewal of the lease; returns the new lease's id. */
  UUID renew(UUID id, LeaseRenewal renewal);
}
