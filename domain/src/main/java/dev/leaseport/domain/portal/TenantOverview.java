package dev.leaseport.domain.portal;

import java.util.List;

/**
 * A renter's overview: who they are, the leases in force or waiting for signatures, and how many
 * notifications they have not read. Sections are only ever added, never reshaped.
 */
public record TenantOverview(
    OverviewProfile profile, List<OverviewLease> leases, long unreadNotifications) {

  public TenantOverview {
    leases = List.copyOf(leases);
  }
}
