package dev.leaseport.application.maintenance;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.maintenance.MaintenanceCancellation;
import dev.leaseport.domain.maintenance.MaintenanceRepository;
import dev.leaseport.domain.maintenance.MaintenanceRequest;
import dev.leaseport.domain.maintenance.MaintenanceStatus;
import dev.leaseport.domain.shared.ForbiddenException;
import java.util.UUID;

/**
 * A renter withdraws a request they filed while it is still OPEN; once work has started it is the
 * owner's to put on hold (409 naming the state). A request of their unit that someone else filed is
 * visible to them but not theirs to cancel (403).
 */
public final class CancelMaintenanceRequest {
  private final UserTransactions transactions;
  private final MaintenanceRepository requests;

  public CancelMaintenanceRequest(UserTransactions transactions, MaintenanceRepository requests) {
    this.transactions = transactions;
    this.requests = requests;
  }

  public MaintenanceRequest execute(Caller caller, UUID id, MaintenanceCancellation cancellation) {
    caller.require(UserType.TENANT);
    return transactions.run(
        caller,
        () -> {
          MaintenanceRequest request = MaintenanceAccess.find(requests, id);
          if (!request.requestedBy().equals(caller.userId())) {
            throw new ForbiddenException(
                "forbidden", "Only the renter who filed a maintenance request can cancel it");
          }
          request.status().requireMoveTo(MaintenanceStatus.CANCELLED);
          requests.cancel(id, cancellation);
          return MaintenanceAccess.find(requests, id);
        });
  }
}
