package dev.leaseport.adapters.persistence.webhooks;

import static dev.leaseport.domain.testdata.PlanTestData.billedCatalog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.billing.JooqSubscriptionRepository;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.billing.Subscription;
import dev.leaseport.domain.billing.SubscriptionStatus;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEvent;
import dev.leaseport.domain.testdata.StripeEventTestData;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The subscription handlers registered with the real inbox: out-of-order deliveries, repeats, and
 * the outcome recorded with each event. Prices map to the test plans (price_starter, price_pro).
 */
class SubscriptionEventsThroughTheInboxTest extends DatabaseTest {
  private static final Instant T0 = Instant.parse("2026-11-30T12:00:00Z");
  private final JooqSubscriptionRepository subscriptions =
      new JooqSubscriptionRepository(transactions);
  private StripeWebhookInbox inbox;
  private Caller owner;

  @BeforeEach
  void anOwnerWhoStartedACheckout() {
    inbox =
        new StripeWebhookInbox(
            systemTier(reason -> {}),
            new PaymentEventHandlers(SubscriptionEventHandler.all(billedCatalog())),
            (type, outcome) -> {});
    owner = newOwner();
    as(owner, () -> subscriptions.rememberCustomer(owner.userId(), "cus_inbox"));
  }

  private PaymentEvent event(String type, String status, String price, Instant created) {
    String object =
        """
        {"id": "sub_inbox", "object": "subscription", "customer": "cus_inbox", "status": "%s",
         "cancel_at_period_end": false, "current_period_end": 1798761600,
         "items": {"data": [{"price": {"id": "%s"}}]}}"""
            .formatted(status, price);
    return new PaymentEvent(StripeEventTestData.eventId(), type, Optional.empty(), created, object);
  }

  private Subscription own() {
    return as(owner, subscriptions::findOwn).orElseThrow();
  }

  private String recordedOutcome(PaymentEvent event) {
    return database()
        .superuser()
        .fetchSingle("select outcome from leaseport.stripe_events where id = ?", event.id())
        .get(0, String.class);
  }

  @Test
  void updatedBeforeCreatedEndsOnTheUpdatedStateAndRecordsTheCreatedAsStale() {
    PaymentEvent created =
        event("customer.subscription.created", "incomplete", "price_starter", T0);
    PaymentEvent updated =
        event("customer.subscription.updated", "active", "price_pro", T0.plusSeconds(3));

    assertThat(inbox.receive(updated)).isEqualTo(EventOutcome.APPLIED);
    assertThat(inbox.receive(created)).isEqualTo(EventOutcome.IGNORED_STALE);

    assertThat(own().status()).contains(SubscriptionStatus.ACTIVE);
    assertThat(own().planId()).contains("pro");
    assertThat(recordedOutcome(created)).isEqualTo("IGNORED_STALE");
    assertThat(recordedOutcome(updated)).isEqualTo("APPLIED");
  }

  @Test
  void deletedThenAnOlderUpdatedStaysCanceled() {
    inbox.receive(event("customer.subscription.created", "active", "price_pro", T0));
    PaymentEvent deleted =
        event("customer.subscription.deleted", "canceled", "price_pro", T0.plusSeconds(60));
    PaymentEvent olderUpdate =
        event("customer.subscription.updated", "past_due", "price_pro", T0.plusSeconds(30));

    assertThat(inbox.receive(deleted)).isEqualTo(EventOutcome.APPLIED);
    assertThat(inbox.receive(olderUpdate)).isEqualTo(EventOutcome.IGNORED_STALE);

    assertThat(own().status()).contains(SubscriptionStatus.CANCELED);
  }

  @Test
  void theSameEventDeliveredAgainIsADuplicateWithOneRecord() {
    PaymentEvent created = event("customer.subscription.created", "active", "price_pro", T0);

    assertThat(inbox.receive(created)).isEqualTo(EventOutcome.APPLIED);
    assertThat(inbox.receive(created)).isEqualTo(EventOutcome.DUPLICATE);

    assertThat(database().count("select count(*) from leaseport.stripe_events")).isEqualTo(1);
    assertThat(own().version()).isEqualTo(2);
  }

  @Test
  void everySubscriptionEventTypeHasAHandler() {
    assertThat(new PaymentEventHandlers(SubscriptionEventHandler.all(billedCatalog())).types())
        .containsExactlyInAnyOrder(
            "checkout.session.completed",
            "customer.subscription.created",
            "customer.subscription.updated",
            "customer.subscription.deleted",
            "invoice.paid",
            "invoice.payment_failed");
  }
}
