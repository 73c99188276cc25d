package dev.leaseport.application.port;

import dev.leaseport.domain.identity.Caller;
import java.util.function.Supplier;

/**
 * The user tier: runs work in one database transaction under the caller's identity, where row-level
 * security decides what exists. Repositories only work inside it.
 */
public interface UserTransactions {

  <T> T run(Caller caller, Supplier<T> work);
}
