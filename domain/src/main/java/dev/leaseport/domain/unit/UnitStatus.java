package dev.leaseport.domain.unit;

/** Whether a unit is let, free, or out of use for repairs. */
public enum UnitStatus {
  VACANT,
  OCCUPIED,
  MAINTENANCE
}
