package dev.leaseport.application.maintenance;

import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.maintenance.MaintenanceRepository;
import dev.leaseport.domain.maintenance.MaintenanceRequest;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.NotFoundException;
import java.util.UUID;

/** Who may use maintenance at all, and the lookup every action starts from. */
final class MaintenanceAccess {
  private MaintenanceAccess() {}

  /** Owners and renters; row-level security then decides which requests each sees. */
  static void requireOwnerOrTenant(Caller caller) {
    if (caller.userType() != UserType.OWNER && caller.userType() != UserType.TENANT) {
      throw ForbiddenException.wrongUserType("OWNER or TENANT");
    }
  }

  /** A request the caller can see, or 404: inside the caller's transaction. */
  static MaintenanceRequest find(MaintenanceRepository requests, UUID id) {
    return requests.findById(id).orElseThrow(() -> new NotFoundException("Maintenance request"));
  }
}
