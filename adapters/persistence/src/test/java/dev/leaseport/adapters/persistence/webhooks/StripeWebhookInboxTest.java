package dev.leaseport.adapters.persistence.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.system.SystemTier;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEvent;
import dev.leaseport.domain.testdata.StripeEventTestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StripeWebhookInboxTest extends DatabaseTest {
  private static final Instant T1 = Instant.parse("2026-11-30T10:00:00Z");
  private static final Instant T2 = Instant.parse("2026-11-30T10:05:00Z");

  private final AtomicInteger effects = new AtomicInteger();
  private final List<String> heard = Collections.synchronizedList(new ArrayList<>());
  private String account;

  @BeforeEach
  void anOwnerWithAConnectedAccount() {
    account = "acct_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    database()
        .superuser()
        .execute(
            "insert into leaseport.connected_accounts (owner_id, stripe_account_id) values (?, ?)",
            newOwner().userId(),
            account);
  }

  @Test
  void anAccountUpdatedEventAppliesItsStateAndRecordsTheOutcome() {
    PaymentEvent event = accountUpdated(StripeEventTestData.eventId(), T1, true);

    assertThat(inbox().receive(event)).isEqualTo(EventOutcome.APPLIED);

    Record row = accountRow();
    assertThat(row.get("charges_enabled", Boolean.class)).isTrue();
    assertThat(row.get("payouts_enabled", Boolean.class)).isFalse();
    assertThat(row.get("details_submitted", Boolean.class)).isTrue();
    assertThat(row.get("requirements_due", String[].class))
        .containsExactly("external_account", "tos_acceptance.date");
    assertThat(row.get("stripe_updated_at", Instant.class)).isEqualTo(T1);
    Record recorded = eventRow(event.id());
    assertThat(recorded.get("outcome", String.class)).isEqualTo("APPLIED");
    assertThat(recorded.get("type", String.class)).isEqualTo("account.updated");
    assertThat(recorded.get("account", String.class)).isEqualTo(account);
    assertThat(recorded.get("created", Instant.class)).isEqualTo(T1);
    assertThat(recorded.get("processed_at", Instant.class)).isNotNull();
    assertThat(heard).containsExactly("account.updated APPLIED");
  }

  @Test
  void theSameEventDeliveredTwentyTimesHasOneEffect() {
    StripeWebhookInbox inbox = inbox(countingHandler());
    PaymentEvent event = counted(StripeEventTestData.eventId());

    List<EventOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      outcomes.add(inbox.receive(event));
    }

    assertThat(outcomes.get(0)).isEqualTo(EventOutcome.APPLIED);
    assertThat(outcomes.subList(1, 20)).containsOnly(EventOutcome.DUPLICATE);
    assertThat(effects).hasValue(1);
    assertThat(eventRows()).isEqualTo(1);
  }

  @Test
  void anOlderAccountUpdatedAfterANewerOneIsStaleAndChangesNothing() {
    inbox().receive(accountUpdated(StripeEventTestData.eventId(), T2, true));

    PaymentEvent older = accountUpdated(StripeEventTestData.eventId(), T1, false);
    assertThat(inbox().receive(older)).isEqualTo(EventOutcome.IGNORED_STALE);

    assertThat(accountRow().get("charges_enabled", Boolean.class)).isTrue();
    assertThat(accountRow().get("stripe_updated_at", Instant.class)).isEqualTo(T2);
    assertThat(eventRow(older.id()).get("outcome", String.class)).isEqualTo("IGNORED_STALE");
  }

  @Test
  void anEventOfATypeWithoutAHandlerIsRecordedAsUnknown() {
    PaymentEvent event =
        new PaymentEvent(
            StripeEventTestData.eventId(), "balance.available", Optional.empty(), T1, "{}");

    assertThat(inbox().receive(event)).isEqualTo(EventOutcome.IGNORED_UNKNOWN);
    assertThat(eventRow(event.id()).get("outcome", String.class)).isEqualTo("IGNORED_UNKNOWN");
  }

  @Test
  void anAccountLeaseportDoesNotKnowIsRecordedAsUnknown() {
    account = "acct_notLeaseports";

    assertThat(inbox().receive(accountUpdated(StripeEventTestData.eventId(), T1, true)))
        .isEqualTo(EventOutcome.IGNORED_UNKNOWN);
  }

  @Test
  void theSameEventFromEightThreadsAtOnceHasOneEffect() throws Exception {
    StripeWebhookInbox inbox = inbox(countingHandler());
    PaymentEvent event = counted(StripeEventTestData.eventId());

    List<EventOutcome> outcomes = concurrently(8, () -> inbox.receive(event));

    assertThat(outcomes).containsOnlyOnce(EventOutcome.APPLIED);
    assertThat(outcomes).filteredOn(o -> o == EventOutcome.DUPLICATE).hasSize(7);
    assertThat(effects).hasValue(1);
    assertThat(eventRows()).isEqualTo(1);
  }

  @Test
  void theSameEventToTwoServersOnOneDatabaseHasOneEffect() throws Exception {
    // Two complete inboxes, each on its own system-tier pool, as two servers have them.
    StripeWebhookInbox first = inbox(systemTier(reason -> {}), countingHandler());
    StripeWebhookInbox second =
        inbox(
            new SystemTier(database().secondSystemAuthenticator(), reason -> {}),
            countingHandler());
    PaymentEvent event = counted(StripeEventTestData.eventId());
    AtomicInteger turn = new AtomicInteger();

    List<EventOutcome> outcomes =
        concurrently(8, () -> (turn.getAndIncrement() % 2 == 0 ? first : second).receive(event));

    assertThat(outcomes).containsOnlyOnce(EventOutcome.APPLIED);
    assertThat(effects).hasValue(1);
    assertThat(eventRows()).isEqualTo(1);
  }

  @Test
  void anEffectThatFailsLeavesNoTraceAndTheRetryAppliesIt() {
    PaymentEventHandler failing =
        handler(
            "account.updated",
            (dsl, event) -> {
              dsl.execute("update leaseport.connected_accounts set charges_enabled = true");
              dsl.execute("select 1 / 0"); // the database fails inside the effect
              return EventOutcome.APPLIED;
            });
    PaymentEvent event = accountUpdated(StripeEventTestData.eventId(), T1, true);

    assertThatThrownBy(() -> inbox(failing).receive(event)).isInstanceOf(RuntimeException.class);

    assertThat(eventRows()).isZero();
    assertThat(accountRow().get("charges_enabled", Boolean.class)).isFalse();
    assertThat(heard).isEmpty();

    assertThat(inbox().receive(event)).isEqualTo(EventOutcome.APPLIED);
    assertThat(accountRow().get("charges_enabled", Boolean.class)).isTrue();
  }

  @Test
  void aConstraintTheEffectBreaksIsAFailedEventNotTheClientsMistake() {
    PaymentEventHandler breaking =
        handler(
            "account.updated",
            (dsl, event) -> {
              // A check constraint: translated alone, it would read as a 422 for the client.
              dsl.execute(
                  "update leaseport.connected_accounts set stripe_account_id = 'not-an-account'");
              return EventOutcome.APPLIED;
            });
    PaymentEvent event = accountUpdated(StripeEventTestData.eventId(), T1, true);

    assertThatThrownBy(() -> inbox(breaking).receive(event))
        .isInstanceOf(PaymentEventNotApplied.class)
        .hasMessageContaining(event.id())
        .hasNoCause();
    assertThat(eventRows()).isZero();
  }

  @Test
  void twoHandlersForOneTypeAreAWiringMistake() {
    assertThatThrownBy(
            () ->
                new PaymentEventHandlers(
                    List.of(new AccountUpdatedHandler(), new AccountUpdatedHandler())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("account.updated");
  }

  private StripeWebhookInbox inbox(PaymentEventHandler... extra) {
    return inbox(systemTier(reason -> {}), extra);
  }

  private StripeWebhookInbox inbox(SystemTier tier, PaymentEventHandler... extra) {
    List<PaymentEventHandler> handlers = new ArrayList<>(List.of(extra));
    if (handlers.stream().noneMatch(h -> h.eventType().equals("account.updated"))) {
      handlers.add(new AccountUpdatedHandler());
    }
    return new StripeWebhookInbox(
        tier,
        new PaymentEventHandlers(handlers),
        (type, outcome) -> heard.add(type + " " + outcome));
  }

  /** A handler of its own event type that counts how many times its effect ran. */
  private PaymentEventHandler countingHandler() {
    return handler(
        "test.counted",
        (dsl, event) -> {
          effects.incrementAndGet();
          return EventOutcome.APPLIED;
        });
  }

  private static PaymentEvent counted(String id) {
    return new PaymentEvent(id, "test.counted", Optional.empty(), T1, "{}");
  }

  private static PaymentEventHandler handler(
      String type, java.util.function.BiFunction<DSLContext, PaymentEvent, EventOutcome> effect) {
    return new PaymentEventHandler() {
      @Override
      public String eventType() {
        return type;
      }

      @Override
      public EventOutcome apply(DSLContext transaction, PaymentEvent event) {
        return effect.apply(transaction, event);
      }
    };
  }

  private PaymentEvent accountUpdated(String id, Instant created, boolean chargesEnabled) {
    String json =
        """
        {"id": "%s", "object": "account", "charges_enabled": %s, "payouts_enabled": false,
         "details_submitted": true,
         "requirements": {"currently_due": ["external_account", "tos_acceptance.date"]}}"""
            .formatted(account, chargesEnabled);
    return new PaymentEvent(id, "account.updated", Optional.of(account), created, json);
  }

  private static <T> List<T> concurrently(int threads, Callable<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return work.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private Record accountRow() {
    return database()
        .superuser()
        .fetchSingle(
            "select * from leaseport.connected_accounts where stripe_account_id = ?",
            account.equals("acct_notLeaseports") ? "none" : account);
  }

  private Record eventRow(String id) {
    return database()
        .superuser()
        .fetchSingle("select * from leaseport.stripe_events where id = ?", id);
  }

  private long eventRows() {
    return database().count("select count(*) from leaseport.stripe_events");
  }
}
