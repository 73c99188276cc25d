package dev.leaseport.domain.maintenance;

/** How urgent a request is, in ascending order; the database enum has exactly these literals. */
public enum MaintenancePriority {
  LOW,
  MEDIUM,
  HIGH,
  URGENT
}
