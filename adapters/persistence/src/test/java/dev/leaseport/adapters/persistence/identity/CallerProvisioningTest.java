package dev.leaseport.adapters.persistence.identity;

import static dev.leaseport.domain.testdata.CallerTestData.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/**
 * Every user-tier transaction keeps the caller's user row in step with their verified token, in
 * that same transaction ({@code leaseport.provision_caller()}), and leaves an unchanged row alone:
 * no write, no row lock.
 */
class CallerProvisioningTest extends DatabaseTest {

  @Test
  void createsTheUserRowOfANewCaller() {
    Caller caller = caller(UserType.OWNER);

    as(caller, () -> null);

    Record row = userRow(caller);
    assertThat(row.get("email", String.class)).isEqualTo(caller.email());
    assertThat(row.get("user_type", String.class)).isEqualTo("OWNER");
    assertThat(row.get("version", Long.class)).isEqualTo(1);
  }

  @Test
  void theNewRowIsVisibleToTheWorkOfTheSameTransaction() {
    Caller caller = caller(UserType.TENANT);

    Long seen =
        as(
            caller,
            () ->
                transactions
                    .dsl()
                    .fetchSingle("select count(*) from leaseport.users where id = auth.uid()")
                    .get(0, Long.class));

    assertThat(seen).isEqualTo(1);
  }

  @Test
  void followsAChangedEmailAndBumpsTheVersion() {
    Caller caller = caller(UserType.OWNER);
    as(caller, () -> null);

    as(new Caller(caller.userId(), "renamed@example.test", true, UserType.OWNER), () -> null);

    Record row = userRow(caller);
    assertThat(row.get("email", String.class)).isEqualTo("renamed@example.test");
    assertThat(row.get("version", Long.class)).isEqualTo(2);
  }

  @Test
  void followsAChangedUserTypeAndBumpsTheVersion() {
    Caller caller = caller(UserType.TENANT);
    as(caller, () -> null);

    as(new Caller(caller.userId(), caller.email(), true, UserType.OWNER), () -> null);

    Record row = userRow(caller);
    assertThat(row.get("user_type", String.class)).isEqualTo("OWNER");
    assertThat(row.get("version", Long.class)).isEqualTo(2);
  }

  @Test
  void leavesAnUnchangedRowAloneWithoutWritingIt() {
    Caller caller = caller(UserType.OWNER);
    as(caller, () -> null);
    Record before = userRow(caller);

    as(caller, () -> null);

    Record after = userRow(caller);
    assertThat(after.get("version", Long.class)).isEqualTo(1);
    assertThat(after.get("updated_at")).isEqualTo(before.get("updated_at"));
    // xmin is the transaction that wrote this row version: unchanged means no write at all.
    assertThat(after.get("xmin", String.class)).isEqualTo(before.get("xmin", String.class));
  }

  @Test
  void keepsTheNameAndPhoneTheUserChose() {
    Caller caller = caller(UserType.OWNER);
    as(caller, () -> null);
    database()
        .superuser()
        .execute(
            "update leaseport.users set full_name = 'Chosen Name', phone = '555 0100' where id = ?",
            caller.userId());

    as(new Caller(caller.userId(), "new@example.test", true, UserType.OWNER), () -> null);

    Record row = userRow(caller);
    assertThat(row.get("full_name", String.class)).isEqualTo("Chosen Name");
    assertThat(row.get("phone", String.class)).isEqualTo("555 0100");
  }

  @Test
  void anUnchangedCallerHoldsNoLockOnTheirRowWhileTheirTransactionIsOpen() throws Exception {
    Caller caller = caller(UserType.OWNER);
    as(caller, () -> null);

    assertThat(lockTheRowWhile(caller, () -> "locked")).isEqualTo("locked");
  }

  /** The counter-check of the test above: a real change does hold the row until commit. */
  @Test
  void aChangedCallerHoldsTheRowUntilTheirTransactionEnds() throws Exception {
    Caller caller = caller(UserType.OWNER);
    as(caller, () -> null);
    Caller renamed = new Caller(caller.userId(), "moved@example.test", true, UserType.OWNER);

    assertThatThrownBy(() -> lockTheRowWhile(renamed, () -> "locked"))
        .isInstanceOfSatisfying(
            DataAccessException.class, e -> assertThat(e.sqlState()).isEqualTo("55P03"));
  }

  @Test
  void twoFirstRequestsRacingBothSucceed() throws Exception {
    Caller caller = caller(UserType.OWNER);
    CountDownLatch firstInserted = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);

    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(
            () ->
                as(
                    caller,
                    () -> {
                      firstInserted.countDown();
                      await(releaseFirst);
                      return "first";
                    }));
    assertThat(firstInserted.await(10, TimeUnit.SECONDS)).isTrue();
    // The second finds the first's uncommitted row and waits for it, then finds nothing to change.
    CompletableFuture<String> second =
        CompletableFuture.supplyAsync(() -> as(caller, () -> "second"));
    Thread.sleep(300);
    assertThat(second).isNotDone();
    releaseFirst.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
    assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
    assertThat(userRow(caller).get("version", Long.class)).isEqualTo(1);
  }

  /**
   * Runs {@code as(caller)} and, while its transaction is open, locks the caller's row from another
   * connection without waiting ({@code FOR UPDATE NOWAIT}, which fails with 55P03 when the request
   * transaction holds it).
   */
  private String lockTheRowWhile(Caller caller, Supplier<String> result) throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> request =
        CompletableFuture.runAsync(
            () ->
                as(
                    caller,
                    () -> {
                      inside.countDown();
                      await(release);
                      return null;
                    }));
    try {
      assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
      database()
          .superuser()
          .transaction(
              configuration ->
                  configuration
                      .dsl()
                      .execute(
                          "select 1 from leaseport.users where id = ? for update nowait",
                          caller.userId()));
      return result.get();
    } finally {
      release.countDown();
      request.get(10, TimeUnit.SECONDS);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Record userRow(Caller caller) {
    return database()
        .superuser()
        .fetchSingle(
            "select email, user_type::text, version, updated_at, full_name, phone, xmin::text"
                + " from leaseport.users where id = ?",
            caller.userId());
  }
}
