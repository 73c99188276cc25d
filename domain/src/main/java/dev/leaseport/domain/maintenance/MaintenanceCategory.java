package dev.leaseport.domain.maintenance;

/** What kind of work a request asks for; the database enum has exactly these literals. */
public enum MaintenanceCategory {
  PLUMBING,
  ELECTRICAL,
  HVAC,
  APPLIANCE,
  STRUCTURAL,
  PEST,
  OTHER
}
