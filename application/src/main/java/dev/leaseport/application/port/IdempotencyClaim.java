package dev.leaseport.application.port;

/** What claiming an idempotency key found. */
public sealed interface IdempotencyClaim {

  /** The key was free: this request runs in {@code transaction}, which must be ended. */
  record Held(HeldTransaction transaction) implements IdempotencyClaim {}

  /** The same request already ran: answer {@code response} again, run nothing. */
  record Replay(StoredResponse response) implements IdempotencyClaim {}

  /** Another request with this key is running right now. */
  record InFlight() implements IdempotencyClaim {}

  /** The key was used for a different request. */
  record Reused() implements IdempotencyClaim {}
}
