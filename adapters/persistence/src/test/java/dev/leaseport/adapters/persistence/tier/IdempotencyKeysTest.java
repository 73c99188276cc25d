package dev.leaseport.adapters.persistence.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.jobs.DatabaseJobRunner;
import dev.leaseport.adapters.persistence.jobs.JobRegistry;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.application.port.HeldTransaction;
import dev.leaseport.application.port.IdempotencyClaim;
import dev.leaseport.application.port.StoredResponse;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.job.JobAttempt;
import dev.leaseport.domain.job.JobTrigger;
import dev.leaseport.domain.shared.ConflictException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Idempotency keys in the user tier: a claim holds the caller's transaction, the request's work
 * joins it, and the stored answer commits with that work or not at all.
 */
class IdempotencyKeysTest extends DatabaseTest {
  private static final byte[] FINGERPRINT = sha("POST /api/v1/properties {\"name\":\"A\"}");
  private static final StoredResponse CREATED =
      new StoredResponse(
          201,
          "http://localhost/api/v1/properties/1",
          "\"1\"",
          "application/json",
          "{\"name\":\"A\"}".getBytes(StandardCharsets.UTF_8));

  private HeldRequestTransactions keys;
  private Caller owner;

  @BeforeEach
  void anOwner() {
    keys = new HeldRequestTransactions(database().authenticator(), transactions);
    owner = newOwner();
  }

  @Test
  void theFirstRequestRunsAndItsAnswerIsReplayedWithoutRunningAgain() {
    runToCompletion(owner, "key-1", FINGERPRINT);

    IdempotencyClaim again = keys.claim(owner, "key-1", FINGERPRINT);

    assertThat(again).isEqualTo(new IdempotencyClaim.Replay(CREATED));
    assertThat(properties()).isEqualTo(1);
    assertThat(storedKeys()).isEqualTo(1);
  }

  @Test
  void theClaimSharesTheUserTiersFirstRoundTrip() {
    AtomicInteger statements = new AtomicInteger();
    ExecuteListener counter =
        new ExecuteListener() {
          @Override
          public void executeStart(ExecuteContext ctx) {
            statements.incrementAndGet();
          }
        };
    DSLContext counted =
        DSL.using(database().authenticator().configuration().deriveAppending(counter));

    held(new HeldRequestTransactions(counted, transactions).claim(owner, "key-1", FINGERPRINT))
        .rollback();

    assertThat(statements).hasValue(1);
  }

  @Test
  void theSameKeyWithAnotherRequestIsReused() {
    runToCompletion(owner, "key-1", FINGERPRINT);

    assertThat(keys.claim(owner, "key-1", sha("another body")))
        .isInstanceOf(IdempotencyClaim.Reused.class);
    assertThat(properties()).isEqualTo(1);
  }

  @Test
  void aRolledBackRequestLeavesNoEffectAndTheKeyFree() {
    HeldTransaction held = held(keys.claim(owner, "key-1", FINGERPRINT));
    createProperty(owner);
    held.rollback();

    assertThat(properties()).isZero();
    assertThat(storedKeys()).isZero();
    held(keys.claim(owner, "key-1", FINGERPRINT)).rollback();
  }

  @Test
  void aSecondConnectionClaimingTheKeyMeanwhileIsToldItIsInFlightThenGetsTheReplay()
      throws Exception {
    HeldTransaction held = held(keys.claim(owner, "key-1", FINGERPRINT));
    createProperty(owner);

    IdempotencyClaim meanwhile = onAnotherThread(() -> keys.claim(owner, "key-1", FINGERPRINT));
    held.commitWith(CREATED);
    IdempotencyClaim after = onAnotherThread(() -> keys.claim(owner, "key-1", FINGERPRINT));

    assertThat(meanwhile).isInstanceOf(IdempotencyClaim.InFlight.class);
    assertThat(after).isEqualTo(new IdempotencyClaim.Replay(CREATED));
    assertThat(properties()).isEqualTo(1);
  }

  @Test
  void twoRequestsAtTheSameMomentNeverBothRun() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<String>> racers =
        List.of(racer(start), racer(start), racer(start), racer(start));
    start.countDown();
    List<String> outcomes =
        racers.stream().map(r -> r.orTimeout(30, TimeUnit.SECONDS).join()).toList();

    assertThat(outcomes).filteredOn("Held"::equals).hasSize(1);
    assertThat(outcomes).allMatch(o -> List.of("Held", "InFlight", "Replay").contains(o));
    assertThat(properties()).isEqualTo(1);
    assertThat(storedKeys()).isEqualTo(1);
  }

  @Test
  void anotherCallersIdenticalKeyIsAnotherKey() {
    runToCompletion(owner, "key-1", FINGERPRINT);
    Caller other = newOwner();

    held(keys.claim(other, "key-1", FINGERPRINT)).rollback();
  }

  @Test
  void aFailureAfterTheEffectAndTheStoredAnswerButBeforeCommitLeavesNeither() {
    // A crash at COMMIT, injected by a deferred trigger that fails when the transaction commits.
    database()
        .superuser()
        .execute(
            """
            create function leaseport.fail_at_commit() returns trigger language plpgsql as $$
            begin raise exception 'injected crash at commit'; end $$;
            create constraint trigger idempotency_keys_fail_at_commit
              after insert on leaseport.idempotency_keys deferrable initially deferred
              for each row when (new.key = 'crash') execute function leaseport.fail_at_commit();
            """);
    try {
      HeldTransaction held = held(keys.claim(owner, "crash", FINGERPRINT));
      createProperty(owner);

      assertThatThrownBy(() -> held.commitWith(CREATED)).isInstanceOf(RuntimeException.class);

      assertThat(properties()).isZero();
      assertThat(storedKeys()).isZero();
      held(keys.claim(owner, "crash", FINGERPRINT)).rollback();
    } finally {
      database()
          .superuser()
          .execute(
              "drop trigger idempotency_keys_fail_at_commit on leaseport.idempotency_keys;"
                  + " drop function leaseport.fail_at_commit()");
    }
  }

  @Test
  void workOfAnotherCallerCannotJoinTheHeldTransaction() {
    HeldTransaction held = held(keys.claim(owner, "key-1", FINGERPRINT));
    Caller other = newOwnerOnAnotherThread();

    assertThatThrownBy(() -> as(other, () -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("do not nest");
    held.rollback();
  }

  @Test
  void aFailureInsideTheJoinedWorkAnswersAsADomainErrorAndTheHolderRollsBack() {
    HeldTransaction held = held(keys.claim(owner, "key-1", FINGERPRINT));

    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        transactions
                            .dsl()
                            .execute(
                                "do $$ begin raise exception using errcode = '40001'; end $$")))
        .isInstanceOf(ConflictException.class);
    held.rollback();

    assertThat(storedKeys()).isZero();
  }

  @Test
  void anExpiredKeyIsFreeAgainAndTheJobDeletesExpiredKeys() {
    runToCompletion(owner, "old", FINGERPRINT);
    runToCompletion(owner, "fresh", FINGERPRINT);
    database()
        .superuser()
        .execute(
            "update leaseport.idempotency_keys set expires_at = now() - interval '1 hour'"
                + " where key = 'old'");

    held(keys.claim(owner, "old", sha("another request"))).rollback();

    DatabaseJobRunner runner =
        new DatabaseJobRunner(
            systemTier(reason -> {}), JobRegistry.builtInAnd(List.of()), "server-a", run -> {});
    JobAttempt run =
        runner.run("expire-idempotency-keys", LocalDate.now(ZoneOffset.UTC), JobTrigger.SCHEDULE);

    assertThat(run.run().counts()).isEqualTo(Map.of("keysDeleted", 1L));
    assertThat(
            database()
                .superuser()
                .fetch("select key from leaseport.idempotency_keys")
                .getValues(0, String.class))
        .containsExactly("fresh");
  }

  @Test
  void theJobAsOfADayDeletesOnlyTheKeysExpiredByTheEndOfThatDay() {
    runToCompletion(owner, "key-1", FINGERPRINT);
    database()
        .superuser()
        .execute("update leaseport.idempotency_keys set expires_at = '2026-01-02 10:00Z'");

    JobAttempt dayBefore = runTheJob(LocalDate.of(2026, 1, 1));
    JobAttempt thatDay = runTheJob(LocalDate.of(2026, 1, 2));

    assertThat(dayBefore.run().counts()).isEqualTo(Map.of("keysDeleted", 0L));
    assertThat(thatDay.run().counts()).isEqualTo(Map.of("keysDeleted", 1L));
    assertThat(storedKeys()).isZero();
  }

  /** The built-in job, as the scheduler runs it through the system tier. */
  private JobAttempt runTheJob(LocalDate asOf) {
    return new DatabaseJobRunner(
            systemTier(reason -> {}), JobRegistry.builtInAnd(List.of()), "server-a", run -> {})
        .run("expire-idempotency-keys", asOf, JobTrigger.SCHEDULE);
  }

  // --- helpers ---

  private HeldTransaction held(IdempotencyClaim claim) {
    assertThat(claim).isInstanceOf(IdempotencyClaim.Held.class);
    return ((IdempotencyClaim.Held) claim).transaction();
  }

  private void runToCompletion(Caller caller, String key, byte[] fingerprint) {
    HeldTransaction held = held(keys.claim(caller, key, fingerprint));
    createProperty(caller);
    held.commitWith(CREATED);
  }

  private CompletableFuture<String> racer(CountDownLatch start) {
    // A thread of its own each: the common pool may have a single thread on a small machine.
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          IdempotencyClaim claim = keys.claim(owner, "raced", FINGERPRINT);
          if (claim instanceof IdempotencyClaim.Held held) {
            createProperty(owner);
            sleep(200);
            held.transaction().commitWith(CREATED);
          }
          return claim.getClass().getSimpleName();
        },
        runnable -> new Thread(runnable).start());
  }

  /** The work of a request: joins the held transaction, as a use case does. */
  private void createProperty(Caller caller) {
    as(
        caller,
        () ->
            transactions
                .dsl()
                .execute(
                    "insert into leaseport.properties (owner_id, name, address_line1, city,"
                        + " property_type) values (?, 'A', '1 Main Street', 'Springfield',"
                        + " 'APARTMENT')",
                    caller.userId()));
  }

  private <T> T onAnotherThread(java.util.function.Supplier<T> work) throws Exception {
    return CompletableFuture.supplyAsync(work).get(30, TimeUnit.SECONDS);
  }

  private Caller newOwnerOnAnotherThread() {
    return CompletableFuture.supplyAsync(this::newOwner).join();
  }

  private long properties() {
    return database().count("select count(*) from leaseport.properties");
  }

  private long storedKeys() {
    return database().count("select count(*) from leaseport.idempotency_keys");
  }

  private static byte[] sha(String text) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
