package dev.leaseport.domain.charge;

/** OPEN while a balance remains, PAID when none does, VOID when the owner cancelled it unpaid. */
public enum ChargeStatus {
  OPEN,
  PAID,
  VOID
}
