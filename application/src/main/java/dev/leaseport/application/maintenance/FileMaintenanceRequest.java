package dev.leaseport.application.maintenance;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.maintenance.MaintenanceRepository;
import dev.leaseport.domain.maintenance.MaintenanceRequest;
import dev.leaseport.domain.maintenance.NewMaintenanceRequest;

/**
 * A renter files a request for the unit of an ACTIVE lease of theirs, an owner for any unit of
 * theirs; any other unit is not found. The owner is told of a renter's request.
 */
public final class FileMaintenanceRequest {
  private final UserTransactions transactions;
  private final MaintenanceRepository requests;

  public FileMaintenanceRequest(UserTransactions transactions, MaintenanceRepository requests) {
    this.transactions = transactions;
    this.requests = requests;
  }

  public MaintenanceRequest execute(Caller caller, NewMaintenanceRequest request) {
    MaintenanceAccess.requireOwnerOrTenant(caller);
    return transactions.run(caller, () -> requests.file(request));
  }
}
