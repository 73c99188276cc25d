package dev.leaseport.adapters.persistence.tier;

import static org.jooq.impl.DSL.val;

import dev.leaseport.adapters.persistence.support.SqlErrors;
import dev.leaseport.adapters.persistence.support.TransactionRetry;
import dev.leaseport.application.port.HeldTransaction;
import dev.leaseport.application.port.IdempotencyClaim;
import dev.leaseport.application.port.IdempotencyKeys;
import dev.leaseport.application.port.StoredResponse;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.shared.UnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DefaultConnectionProvider;

/**
 * Idempotency keys in the user tier: a claim opens the caller's transaction by hand (not in a
 * callback, since it must outlive the call and end when the answer is known), claims the key with
 * {@code leaseport.claim_idempotency_key} in the user tier's first round trip, and when the key is
 * free leaves the transaction on this thread, where {@link JooqUserTransactions} joins it.
 */
public final class HeldRequestTransactions implements IdempotencyKeys {
  private final DSLContext dsl;
  private final TransactionContext context;

  public HeldRequestTransactions(DSLContext dsl, TransactionContext context) {
    this.dsl = dsl;
    this.context = context;
  }

  @Override
  public IdempotencyClaim claim(Caller caller, String key, byte[] fingerprint) {
    ConnectionProvider pool = dsl.configuration().connectionProvider();
    Connection connection;
    try {
      connection = pool.acquire();
    } catch (DataAccessException e) {
      throw TransactionRetry.untried(e);
    }
    Held held = null;
    try {
      connection.setAutoCommit(false);
      DSLContext transaction =
          dsl.configuration().derive(new DefaultConnectionProvider(connection)).dsl();
      // The claim shares the user tier's first round trip: a keyed request costs one more
      // round trip than a plain one (the insert of its answer), not two.
      Record claim =
          JooqUserTransactions.startAsThen(
                  transaction,
                  caller,
                  "select * from leaseport.claim_idempotency_key({1}, {2})",
                  val(key),
                  val(fingerprint))
              .get(0);
      String outcome = claim.get("outcome", String.class);
      switch (outcome) {
        case "claimed" -> {
          context.hold(transaction, caller);
          held = new Held(pool, connection, transaction, key, fingerprint);
          return new IdempotencyClaim.Held(held);
        }
        case "replay" -> {
          return new IdempotencyClaim.Replay(
              new StoredResponse(
                  claim.get("status", Integer.class),
                  claim.get("location", String.class),
                  claim.get("etag", String.class),
                  claim.get("content_type", String.class),
                  claim.get("body", byte[].class)));
        }
        case "in-flight" -> {
          return new IdempotencyClaim.InFlight();
        }
        case "reused" -> {
          return new IdempotencyClaim.Reused();
        }
        default -> throw new IllegalStateException("Unknown claim outcome " + outcome);
      }
    } catch (SQLException e) {
      throw UnavailableException.database();
    } catch (DataAccessException e) {
      throw TransactionRetry.untried(e);
    } finally {
      if (held == null) {
        end(pool, connection, false);
      }
    }
  }

  /** Ends the transaction and gives the connection back, whatever happens. */
  private static void end(ConnectionProvider pool, Connection connection, boolean commit) {
    try {
      if (commit) {
        connection.commit();
      } else {
        connection.rollback();
      }
    } catch (SQLException e) {
      if (commit) {
        throw commitFailed(e);
      }
      // A rollback that fails leaves nothing committed; the pool discards a broken connection.
    } finally {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException ignored) {
        // The connection is broken: the pool discards it.
      }
      pool.release(connection);
    }
  }

  /**
   * COMMIT failed: with the connection lost the outcome is unknown, but the answer and the effect
   * commit together, so a retry with the same key gets either the answer or a fresh run.
   */
  private static RuntimeException commitFailed(SQLException e) {
    DataAccessException failure = new DataAccessException("COMMIT failed", e);
    if (SqlErrors.isConnectionLost(failure)) {
      return TransactionRetry.outcomeUnknown();
    }
    return TransactionRetry.untried(failure);
  }

  /** The open transaction of one request, on the thread that claimed its key. */
  private final class Held implements HeldTransaction {
    private final ConnectionProvider pool;
    private final Connection connection;
    private final DSLContext transaction;
    private final String key;
    private final byte[] fingerprint;
    private boolean ended;

    Held(
        ConnectionProvider pool,
        Connection connection,
        DSLContext transaction,
        String key,
        byte[] fingerprint) {
      this.pool = pool;
      this.connection = connection;
      this.transaction = transaction;
      this.key = key;
      this.fingerprint = fingerprint;
    }

    @Override
    public void commitWith(StoredResponse response) {
      if (ended) {
        return;
      }
      ended = true;
      context.release();
      boolean stored = false;
      try {
        transaction.execute(
            "insert into leaseport.idempotency_keys (owner_id, key, fingerprint, status,"
                + " location, etag, content_type, body)"
                + " values ((select auth.uid()), ?, ?, ?, ?, ?, ?, ?)",
            key,
            fingerprint,
            response.status(),
            response.location(),
            response.etag(),
            response.contentType(),
            response.body());
        stored = true;
      } catch (DataAccessException e) {
        throw TransactionRetry.untried(e);
      } finally {
        end(pool, connection, stored);
      }
    }

    @Override
    public void rollback() {
      if (ended) {
        return;
      }
      ended = true;
      context.release();
      end(pool, connection, false);
    }
  }
}
