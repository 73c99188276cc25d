package dev.leaseport.application.maintenance;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.maintenance.MaintenanceFilter;
import dev.leaseport.domain.maintenance.MaintenanceRepository;
import dev.leaseport.domain.maintenance.MaintenanceRequest;
import dev.leaseport.domain.maintenance.MaintenanceSortField;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;

/** Lists the requests the caller may see, filtered and sorted, with the true total. */
public final class ListMaintenanceRequests {
  private final UserTransactions transactions;
  private final MaintenanceRepository requests;

  public ListMaintenanceRequests(UserTransactions transactions, MaintenanceRepository requests) {
    this.transactions = transactions;
    this.requests = requests;
  }

  public Page<MaintenanceRequest> execute(
      Caller caller, MaintenanceFilter filter, Sort<MaintenanceSortField> sort, PageRequest page) {
    MaintenanceAccess.requireOwnerOrTenant(caller);
    return transactions.run(caller, () -> requests.list(filter, sort, page));
  }
}
