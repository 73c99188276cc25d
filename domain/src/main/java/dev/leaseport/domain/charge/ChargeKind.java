package dev.leaseport.domain.charge;

/**
 * What a charge is for: a period's RENT (made by the generation job), a LATE_FEE on a rent charge
 * left unpaid past its grace days, or an OTHER charge the owner adds.
 */
public enum ChargeKind {
  RENT,
  LATE_FEE,
  OTHER
}
