package dev.leaseport.domain.portal;

import java.util.List;

/**
 * A renter's overview: who they are, the leases in force or waiting for signatures, how many
 * notifications they have not read, and their open maintenance requests. Sections are only ever
 * added, never reshaped.
 */
public record TenantOverview(
    OverviewProfile profile,
    List<OverviewLease> leases,
    long unreadNotifications,
    List<OpenMaintenanceRequest> openMaintenanceRequests) {

  public TenantOverview {
    leases = List.copyOf(leases);
    openMaintenanceRequests = List.copyOf(openMaintenanceRequests);
  }
}
