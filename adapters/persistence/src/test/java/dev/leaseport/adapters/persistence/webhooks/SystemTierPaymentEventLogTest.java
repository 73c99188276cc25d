package dev.leaseport.adapters.persistence.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEventFilter;
import dev.leaseport.domain.payment.PaymentEventSortField;
import dev.leaseport.domain.payment.ReceivedPaymentEvent;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SystemTierPaymentEventLogTest extends DatabaseTest {
  private SystemTierPaymentEventLog log;

  @BeforeEach
  void recordedEvents() {
    log = new SystemTierPaymentEventLog(systemTier(reason -> {}));
    record("evt_1", "account.updated", "APPLIED", 1);
    record("evt_2", "account.updated", "IGNORED_STALE", 2);
    record("evt_3", "balance.available", "IGNORED_UNKNOWN", 3);
    record("evt_4", "account.updated", "APPLIED", 4);
  }

  @Test
  void listsNewestFirstWithTheTrueTotal() {
    Page<ReceivedPaymentEvent> page = log.list(all(), newestFirst(), new PageRequest(2, 0));

    assertThat(page.total()).isEqualTo(4);
    assertThat(page.items()).extracting(ReceivedPaymentEvent::id).containsExactly("evt_4", "evt_3");
  }

  @Test
  void filtersByOutcomeAndByType() {
    assertThat(
            log.list(
                    new PaymentEventFilter(Optional.of(EventOutcome.APPLIED), Optional.empty()),
                    newestFirst(),
                    new PageRequest(10, 0))
                .items())
        .extracting(ReceivedPaymentEvent::id)
        .containsExactly("evt_4", "evt_1");
    Page<ReceivedPaymentEvent> unknown =
        log.list(
            new PaymentEventFilter(Optional.empty(), Optional.of("balance.available")),
            newestFirst(),
            new PageRequest(10, 0));
    assertThat(unknown.total()).isEqualTo(1);
    assertThat(unknown.items().get(0).outcome()).isEqualTo(EventOutcome.IGNORED_UNKNOWN);
  }

  private void record(String id, String type, String outcome, int minutesAgoReversed) {
    database()
        .superuser()
        .execute(
            "insert into leaseport.stripe_events (id, type, created, received_at, processed_at,"
                + " outcome) values (?, ?, now(), now() - make_interval(mins => 10 - ?),"
                + " now(), ?)",
            id,
            type,
            minutesAgoReversed,
            outcome);
  }

  private static PaymentEventFilter all() {
    return new PaymentEventFilter(Optional.empty(), Optional.empty());
  }

  private static Sort<PaymentEventSortField> newestFirst() {
    return new Sort<>(PaymentEventSortField.RECEIVED_AT, Direction.DESCENDING);
  }
}
