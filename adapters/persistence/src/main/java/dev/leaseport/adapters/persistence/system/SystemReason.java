package dev.leaseport.adapters.persistence.system;

/**
 * The only reasons Leaseport may bypass row-level security. Each is recorded in the transaction
 * ({@code leaseport.reason}) and counted in metrics.
 */
public enum SystemReason {
  /** A Stripe event concerns rows of an owner who is not the caller: there is no caller. */
  STRIPE_WEBHOOK("stripe-webhook"),
  /** Daily jobs work across every owner. */
  SCHEDULED_JOB("scheduled-job"),
  /** An authorization check that must look across owners (e.g. an invitation by its token). */
  AUTHORIZATION_GUARD("authorization-guard");

  private final String code;

  SystemReason(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
