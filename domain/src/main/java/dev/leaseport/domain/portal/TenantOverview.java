package dev.leaseport.domain.portal;

import java.util.List;

/**
 * A renter's overview: who they are, the leases in force or waiting for signatures, how many
 * notifications they have not read, their open maintenance requests, what they still owe (the OPEN
 * charges, oldest due first, and their totals per currency) and their ten latest payments. Sections
 * are only ever added, never reshaped.
 */
public record TenantOverview(
    OverviewProfile profile,
    List<OverviewLease> leases,
    long unreadNotifications,
    List<OpenMaintenanceRequest> openMaintenanceRequests,
    List<OverviewCharge> openCharges,
    List<OpenChargeTotal> openChargeTotals,
    List<RecentPayment> recentPayments) {

  public TenantOverview {
    leases = List.copyOf(leases);
    openMaintenanceRequests = List.copyOf(openMaintenanceRequests);
    openCharges = List.copyOf(openCharges);
    openChargeTotals = List.copyOf(openChargeTotals);
    recentPayments = List.copyOf(recentPayments);
  }
}
