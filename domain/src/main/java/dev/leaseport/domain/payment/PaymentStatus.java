package dev.leaseport.domain.payment;

/**
 * Where a rent payment is. PENDING waits for the payer to confirm; PROCESSING is confirmed but not
 * settled (a bank debit, for days); SUCCEEDED paid the charge; FAILED and CANCELED did not;
 * DISPUTED was challenged by the payer's bank after it succeeded.
 */
public enum PaymentStatus {
  PENDING,
  PROCESSING,
  SUCCEEDED,
  FAILED,
  CANCELED,
  DISPUTED;

  /** Still under way: a second payment of the same charge must wait for it. */
  public boolean inFlight() {
    return this == PENDING || this == PROCESSING;
  }
}
