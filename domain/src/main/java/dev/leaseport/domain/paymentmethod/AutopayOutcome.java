package dev.leaseport.domain.paymentmethod;

/** What recording a claimed autopay payment's outcome did. */
public enum AutopayOutcome {
  /** The provider took it. */
  SUBMITTED,
  /** The provider declined it; recorded and told, once. */
  DECLINED,
  /** Recorded before (a repeat, or another server took the claim over): nothing done. */
  ALREADY_RECORDED
}
