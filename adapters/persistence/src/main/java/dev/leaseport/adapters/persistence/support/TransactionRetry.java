package dev.leaseport.adapters.persistence.support;

import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.UnavailableException;
import java.util.function.Supplier;
import org.jooq.exception.DataAccessException;

/**
 * Runs a whole transaction again when PostgreSQL says that is safe: a serialization failure or
 * deadlock (up to 3 attempts, then 409), or a connection the server dropped before the work
 * committed (a restarted or failed-over database; once more on a fresh connection, then 503).
 */
public final class TransactionRetry {
  public static final int MAX_ATTEMPTS = 3;

  private TransactionRetry() {}

  public static <T> T run(Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (DataAccessException e) {
        if (SqlErrors.isRetryable(e)) {
          if (attempt < MAX_ATTEMPTS) {
            continue;
          }
          throw ConflictException.concurrentChange();
        }
        if (SqlErrors.isConnectionLost(e)) {
          if (attempt == 1) {
            continue;
          }
          throw UnavailableException.database();
        }
        throw SqlErrors.translate(e);
      }
    }
  }
}
