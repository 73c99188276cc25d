package dev.leaseport.domain.shared;

/**
 * What kind of failure a {@link DomainException} is. Every edge switches over this enum without a
 * default branch, so adding a kind fails the build until each edge says how to answer it.
 */
public enum ErrorKind {
  /** The resource does not exist or the caller may not see it. */
  NOT_FOUND,
  /** The caller is known but may not do this. */
  FORBIDDEN,
  /** The request clashes with the current state. */
  CONFLICT,
  /** One or more fields break the rules. */
  INVALID,
  /** The caller's copy is older than the stored one. */
  STALE,
  /** A dependency is down for now; retrying later may succeed. */
  UNAVAILABLE,
  /** The payment provider declined the payment method (a card declined, say). */
  PAYMENT_DECLINED,
  /** The request cannot be read or proved authentic as sent (a webhook's signature, say). */
  MALFORMED
}
