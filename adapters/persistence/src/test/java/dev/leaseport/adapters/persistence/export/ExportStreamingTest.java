package dev.leaseport.adapters.persistence.export;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.RENT_ROLL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.support.CallTimer;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.shared.UnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An export is read from a server-side cursor a batch at a time: the heap stays flat however many
 * lines pass, and the transaction ends with the export, also when the client or the database goes
 * away half-way, without the lines already handed on ever being sent twice.
 */
class ExportStreamingTest extends DatabaseTest {
  private static final LocalDate AS_OF = LocalDate.of(2030, 3, 15);
  private static final long MIB = 1024 * 1024;

  private final JooqExportRepository exports =
      new JooqExportRepository(transactions, CallTimer.UNTIMED);
  private ExportFixture rows;
  private Caller owner;

  @BeforeEach
  void anOwner() {
    rows = new ExportFixture(database());
    owner = newOwner();
  }

  @Test
  void aRentRollOf100000UnitsStreamsWithAHeapThatDoesNotGrowWithTheLines() {
    rows.portfolio(owner, 1_000, 100);
    List<Long> usedAfterGc = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger lines = new AtomicInteger();
    AtomicLong rentTotal = new AtomicLong();

    long beforeTheCall = usedHeapAfterGc();
    long started = System.nanoTime();
    as(
        owner,
        () -> {
          exports.rentRoll(
              AS_OF,
              line -> {
                int n = lines.incrementAndGet();
                rentTotal.addAndGet(line.rent().amount());
                if (n == 1 || n % 20_000 == 0) {
                  usedAfterGc.add(usedHeapAfterGc());
                }
              });
          return null;
        });
    long millis = (System.nanoTime() - started) / 1_000_000;

    // From before the call: a driver that read every row at once would already hold them at line 1.
    long growth = Collections.max(usedAfterGc) - beforeTheCall;
    // The same rows fetched whole: what the measurement sees when an export is held in memory.
    long before = usedHeapAfterGc();
    Result<?> whole = as(owner, () -> transactions.dsl().selectFrom(RENT_ROLL.call(AS_OF)).fetch());
    long held = usedHeapAfterGc() - before;
    System.out.printf(
        "rent roll of %d lines streamed in %d ms; heap after GC before the call %.1f MiB, at lines"
            + " 1, 20k..100k: %s MiB (growth %.1f MiB); the same rows fetched whole hold %.1f MiB%n",
        lines.get(),
        millis,
        beforeTheCall / (double) MIB,
        usedAfterGc.stream().map(b -> String.format("%.1f", b / (double) MIB)).toList(),
        growth / (double) MIB,
        held / (double) MIB);

    assertThat(lines).hasValue(100_000);
    assertThat(rentTotal).hasValue(1_000L * (100 * 100_000L + 100 * 101 / 2));
    assertThat(usedAfterGc).hasSize(6);
    assertThat(whole).hasSize(100_000);
    assertThat(growth).as("heap growth while streaming, bytes").isLessThan(8 * MIB);
    assertThat(held).as("heap held by the same rows fetched whole, bytes").isGreaterThan(32 * MIB);
  }

  @Test
  void aClientThatGoesAwayMidStreamEndsTheTransactionAndTheExportIsNotRunAgain() {
    rows.portfolio(owner, 3, 1_000);
    AtomicInteger statements = new AtomicInteger();
    AtomicInteger handed = new AtomicInteger();

    assertThatThrownBy(
            () ->
                countingStatements(
                    owner,
                    statements,
                    () -> {
                      exports.rentRoll(
                          AS_OF,
                          line -> {
                            if (handed.incrementAndGet() == 700) {
                              throw new UncheckedIOException(new IOException("Broken pipe"));
                            }
                          });
                      return null;
                    }))
        .isInstanceOf(UncheckedIOException.class);

    assertThat(handed).hasValue(700);
    assertThat(statements).as("the set-up and the call, once").hasValue(2);
    assertThat(authenticatorSessionsInATransaction()).isZero();
    assertThat(as(owner, () -> "the thread holds no transaction")).isNotNull();
  }

  @Test
  void aDatabaseLostMidStreamIsUnavailableAndTheLinesHandedOnAreNotRepeated() {
    rows.portfolio(owner, 3, 1_000);
    AtomicInteger statements = new AtomicInteger();
    AtomicInteger handed = new AtomicInteger();

    assertThatThrownBy(
            () ->
                countingStatements(
                    owner,
                    statements,
                    () -> {
                      exports.rentRoll(
                          AS_OF,
                          line -> {
                            if (handed.incrementAndGet() == 1) {
                              assertThat(terminateTheStreamingSession()).isPositive();
                            }
                          });
                      return null;
                    }))
        .isInstanceOf(UnavailableException.class);

    assertThat(handed).as("the first batch, once").hasValue(JooqExportRepository.FETCH_SIZE);
    assertThat(statements).as("not run again on a fresh connection").hasValue(2);
  }

  private static long usedHeapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    memory.gc();
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  private long authenticatorSessionsInATransaction() {
    return database()
        .count(
            "select count(*) from pg_stat_activity where usename = 'authenticator'"
                + " and state like 'idle in transaction%'");
  }

  private long terminateTheStreamingSession() {
    return database()
        .count(
            "select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity"
                + " where usename = 'authenticator' and state like 'idle in transaction%'"
                + " and query like '%rent_roll%'");
  }
}
