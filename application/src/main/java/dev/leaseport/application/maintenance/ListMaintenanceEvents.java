package dev.leaseport.application.maintenance;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.maintenance.MaintenanceEvent;
import dev.leaseport.domain.maintenance.MaintenanceRepository;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import java.util.UUID;

/** The history of a request the caller may see, oldest first. */
public final class ListMaintenanceEvents {
  private final UserTransactions transactions;
  private final MaintenanceRepository requests;

  public ListMaintenanceEvents(UserTransactions transactions, MaintenanceRepository requests) {
    this.transactions = transactions;
    this.requests = requests;
  }

  public Page<MaintenanceEvent> execute(Caller caller, UUID id, PageRequest page) {
    MaintenanceAccess.requireOwnerOrTenant(caller);
    return transactions.run(
        caller,
        () ->
            requests
                .history(id, page)
                .orElseThrow(() -> new NotFoundException("Maintenance request")));
  }
}
