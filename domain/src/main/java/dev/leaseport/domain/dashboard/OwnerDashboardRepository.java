package dev.leaseport.domain.dashboard;

import java.time.LocalDate;

/**
 * Reads the calling owner's dashboard for a day, inside their transaction and under their identity.
 */
public interface OwnerDashboardRepository {

  OwnerDashboard asOf(LocalDate day);
}
