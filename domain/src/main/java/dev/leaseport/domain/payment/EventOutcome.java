package dev.leaseport.domain.payment;

/** What receiving an event did. Every outcome but {@link #DUPLICATE} is recorded with the event. */
public enum EventOutcome {
  /** Its effect was applied. */
  APPLIED,
  /** Older than the state it would change, or it would move a final state back: no effect. */
  IGNORED_STALE,
  /** A type (or an object) Leaseport does not handle: no effect. */
  IGNORED_UNKNOWN,
  /** Received before, by this server or another: nothing done again, nothing recorded. */
  DUPLICATE
}
