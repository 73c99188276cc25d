package dev.leaseport.domain.maintenance;

/** The only fields a request list may be sorted by; priority and status in their enum order. */
public enum MaintenanceSortField {
  CREATED_AT,
  PRIORITY,
  STATUS
}
