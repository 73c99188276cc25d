package dev.leaseport.application.port;

import dev.leaseport.domain.identity.Caller;

/**
 * Idempotency keys of POST requests, kept per caller. Claiming a key opens the caller's user-tier
 * transaction on this thread and, when the key is free, keeps it open: every unit of work the
 * request runs joins it, and {@link HeldTransaction#commitWith} stores the answer in it, so an
 * effect and its stored answer commit together or not at all.
 */
public interface IdempotencyKeys {

  /**
   * Claims {@code key} for {@code caller}'s request whose fingerprint (a SHA-256 of what was sent)
   * is given. Never waits for another request holding the same key.
   */
  IdempotencyClaim claim(Caller caller, String key, byte[] fingerprint);
}
