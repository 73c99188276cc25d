package dev.leaseport.adapters.persistence.support;

import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.UnavailableException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Runs one transaction, and runs it again only when that cannot write twice: a serialization
 * failure or deadlock (up to 3 attempts, then 409), or a connection lost before COMMIT was sent (a
 * restarted or failed-over database; once more on a fresh connection, then 503). A connection lost
 * while COMMIT is in flight leaves the outcome unknown: the transaction may have committed, so it
 * is never retried and answers 503 saying so. Retries wait a short random time first, so callers
 * that failed together do not collide again.
 */
public final class TransactionRetry {
  public static final int MAX_ATTEMPTS = 3;

  private TransactionRetry() {}

  public static <T> T run(DSLContext dsl, Function<DSLContext, T> work) {
    for (int attempt = 1; ; attempt++) {
      boolean[] committing = {false};
      try {
        return dsl.transactionResult(
            configuration -> {
              T result = work.apply(configuration.dsl());
              // The work is done: jOOQ sends COMMIT next, so a failure from here on is at COMMIT.
              committing[0] = true;
              return result;
            });
      } catch (DataAccessException e) {
        if (committing[0] && SqlErrors.isConnectionLost(e)) {
          throw commitOutcomeUnknown();
        }
        if (SqlErrors.isRetryable(e)) {
          if (attempt < MAX_ATTEMPTS) {
            pauseBefore(attempt + 1);
            continue;
          }
          throw ConflictException.concurrentChange();
        }
        if (SqlErrors.isConnectionLost(e)) {
          if (attempt == 1) {
            pauseBefore(attempt + 1);
            continue;
          }
          throw UnavailableException.database();
        }
        throw SqlErrors.translate(e);
      }
    }
  }

  /**
   * Runs work inside a transaction that someone else opened and will end: nothing can be retried
   * here, so a failure that would have been retried answers as the retries running out would (409,
   * or 503 for a lost connection) and the holder rolls back.
   */
  public static <T> T joined(Supplier<T> work) {
    try {
      return work.get();
    } catch (DataAccessException e) {
      throw untried(e);
    }
  }

  /** The domain error for a failure of work that is not retried. */
  public static RuntimeException untried(DataAccessException e) {
    if (SqlErrors.isRetryable(e)) {
      return ConflictException.concurrentChange();
    }
    if (SqlErrors.isConnectionLost(e)) {
      return UnavailableException.database();
    }
    return SqlErrors.translate(e);
  }

  /** The commit of a transaction whose connection was lost: it may or may not have committed. */
  public static UnavailableException outcomeUnknown() {
    return commitOutcomeUnknown();
  }

  /**
   * The longest wait before {@code attempt}: 20 ms before the second, 40 ms before the third, never
   * more than 100 ms.
   */
  static long maxPauseMillis(int attempt) {
    return Math.min(100, 20L << Math.max(0, attempt - 2));
  }

  /** A random wait up to {@link #maxPauseMillis} ("full jitter"). */
  static long pauseMillis(int attempt) {
    return ThreadLocalRandom.current().nextLong(maxPauseMillis(attempt) + 1);
  }

  private static void pauseBefore(int attempt) {
    try {
      Thread.sleep(pauseMillis(attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw UnavailableException.database();
    }
  }

  private static UnavailableException commitOutcomeUnknown() {
    return new UnavailableException(
        "unavailable",
        "The connection to the database was lost while committing, so the outcome is unknown:"
            + " read the resource before retrying");
  }
}
