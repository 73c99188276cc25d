package dev.leaseport.adapters.persistence.export;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.PAYMENTS_EXPORT;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.RENT_ROLL;

import dev.leaseport.adapters.persistence.support.CallTimer;
import dev.leaseport.adapters.persistence.support.TransactionRetry;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.export.ExportRepository;
import dev.leaseport.domain.export.PaymentLine;
import dev.leaseport.domain.export.PaymentPeriod;
import dev.leaseport.domain.export.RentRollLine;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.Cursor;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;

/**
 * Each export is one statement: {@code select ... from leaseport.rent_roll(?)} (or {@code
 * payments_export}), read through a server-side cursor {@link #FETCH_SIZE} rows at a time. The user
 * tier runs with autocommit off, which is what lets the driver keep the cursor open instead of
 * reading every row first, so memory holds one batch whatever the export's size. The timer covers
 * the call and the whole read, since the connection is held for that long.
 */
public final class JooqExportRepository implements ExportRepository {
  /** Rows the driver fetches per round trip: the most an export holds in memory at once. */
  public static final int FETCH_SIZE = 500;

  private final TransactionContext transactions;
  private final CallTimer timer;

  public JooqExportRepository(TransactionContext transactions, CallTimer timer) {
    this.transactions = transactions;
    this.timer = timer;
  }

  @Override
  public void rentRoll(LocalDate asOf, Consumer<? super RentRollLine> each) {
    timer.time(
        "rent-roll",
        () ->
            stream(
                transactions.dsl().selectFrom(RENT_ROLL.call(asOf)), ExportLines::rentRoll, each));
  }

  @Override
  public void payments(PaymentPeriod period, Consumer<? super PaymentLine> each) {
    timer.time(
        "payments-csv",
        () ->
            stream(
                transactions.dsl().selectFrom(PAYMENTS_EXPORT.call(period.from(), period.to())),
                ExportLines::payment,
                each));
  }

  /**
   * Opens the cursor (a failure here has written nothing, so the tier may run it again), then hands
   * on each row. A failure after that is never retried: the lines already handed on would be
   * repeated.
   */
  private static <R extends Record, T> Void stream(
      ResultQuery<R> query, Function<R, T> line, Consumer<? super T> each) {
    Cursor<R> cursor = query.fetchSize(FETCH_SIZE).fetchLazy();
    try (cursor) {
      for (R row : cursor) {
        each.accept(line.apply(row));
      }
    } catch (DataAccessException e) {
      throw TransactionRetry.untried(e);
    }
    return null;
  }
}
