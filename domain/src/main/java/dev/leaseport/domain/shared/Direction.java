package dev.leaseport.domain.shared;

/** Sort direction of a list. */
public enum Direction {
  ASCENDING,
  DESCENDING
}
