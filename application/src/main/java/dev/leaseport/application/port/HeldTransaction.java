package dev.leaseport.application.port;

/**
 * A request's user-tier transaction, held open on its thread from the claim of its idempotency key
 * to its answer. Exactly one of the two methods ends it; calling either again does nothing.
 */
public interface HeldTransaction {

  /** Stores the answer under the claimed key and commits it with everything the request did. */
  void commitWith(StoredResponse response);

  /** Rolls back everything the request did; the key stays free. */
  void rollback();
}
