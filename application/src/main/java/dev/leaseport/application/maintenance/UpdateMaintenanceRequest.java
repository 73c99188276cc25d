package dev.leaseport.application.maintenance;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.maintenance.MaintenanceChanges;
import dev.leaseport.domain.maintenance.MaintenanceRepository;
import dev.leaseport.domain.maintenance.MaintenanceRequest;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Versioned;
import java.util.UUID;

/**
 * An owner schedules, prices and moves a request: the move is checked here against the status
 * machine (409 naming the current state), and again by the database, which also records it.
 */
public final class UpdateMaintenanceRequest {
  private final UserTransactions transactions;
  private final MaintenanceRepository requests;

  public UpdateMaintenanceRequest(UserTransactions transactions, MaintenanceRepository requests) {
    this.transactions = transactions;
    this.requests = requests;
  }

  public MaintenanceRequest execute(
      Caller caller, UUID id, MaintenanceChanges changes, Versioned expected) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller,
        () -> {
          changes.checkAgainst(MaintenanceAccess.find(requests, id));
          return requests
              .update(id, changes, expected)
              .orElseThrow(() -> new NotFoundException("Maintenance request"));
        });
  }
}
