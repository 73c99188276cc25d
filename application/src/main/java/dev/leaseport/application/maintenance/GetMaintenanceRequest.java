package dev.leaseport.application.maintenance;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.maintenance.MaintenanceRepository;
import dev.leaseport.domain.maintenance.MaintenanceRequest;
import java.util.UUID;

/** Reads one request the caller may see (row-level security decides). */
public final class GetMaintenanceRequest {
  private final UserTransactions transactions;
  private final MaintenanceRepository requests;

  public GetMaintenanceRequest(UserTransactions transactions, MaintenanceRepository requests) {
    this.transactions = transactions;
    this.requests = requests;
  }

  public MaintenanceRequest execute(Caller caller, UUID id) {
    MaintenanceAccess.requireOwnerOrTenant(caller);
    return transactions.run(caller, () -> MaintenanceAccess.find(requests, id));
  }
}
