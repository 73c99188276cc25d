package dev.leaseport.domain.maintenance;

import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import java.util.Optional;
import java.util.UUID;

/**
 * Maintenance requests visible to the current caller, inside the caller's transaction. Every status
 * change, by whichever method, leaves its history event and notification in the same transaction:
 * the database writes them, so no method here can forget to.
 */
public interface MaintenanceRepository {

  /** Files the request as the caller; a unit the caller may not file for is not found. */
  MaintenanceRequest file(NewMaintenanceRequest request);

  Optional<MaintenanceRequest> findById(UUID id);

  Page<MaintenanceRequest> list(
      MaintenanceFilter filter, Sort<MaintenanceSortField> sort, PageRequest page);

  /** Empty when the request is not visible; 412 when {@code expected} is stale. */
  Optional<MaintenanceRequest> update(UUID id, MaintenanceChanges changes, Versioned expected);

  /** The renter who filed the request withdraws it while it is OPEN (409 otherwise). */
  void cancel(UUID id, MaintenanceCancellation cancellation);

  /** The request's history, oldest first; empty when the request is not visible. */
  Optional<Page<MaintenanceEvent>> history(UUID id, PageRequest page);
}
