package dev.leaseport.adapters.persistence.webhooks;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Routines.applySubscriptionEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.system.SystemReason;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import java.time.Instant;
import org.jooq.JSONB;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code apply_subscription_event} in the system tier, as the inbox calls it: each event type's
 * effect, and the rules that keep a late or repeated event from moving a subscription backwards.
 */
class SubscriptionEventEffectsTest extends DatabaseTest {
  private static final String PLANS = "{\"price_starter\": \"starter\", \"price_pro\": \"pro\"}";
  private static final Instant T0 = Instant.parse("2026-11-30T12:00:00Z");
  private Caller owner;

  @BeforeEach
  void anOwnerWhoseFirstCheckoutStoredTheirCustomer() {
    owner = newOwner();
    database()
        .superuser()
        .execute(
            "insert into leaseport.subscriptions (owner_id, stripe_customer_id) values (?,"
                + " 'cus_1')",
            owner.userId());
  }

  private String apply(String type, String object, Instant created) {
    return systemTier(reason -> {})
        .run(
            SystemReason.STRIPE_WEBHOOK,
            dsl ->
                dsl.select(
                        applySubscriptionEvent(
                            type, JSONB.valueOf(object), created, JSONB.valueOf(PLANS)))
                    .fetchSingle()
                    .value1());
  }

  static String subscription(String id, String status, String price, boolean cancelAtPeriodEnd) {
    return """
        {"id": "%s", "object": "subscription", "customer": "cus_1", "status": "%s",
         "cancel_at_period_end": %s,
         "items": {"object": "list", "data": [{"id": "si_1", "object": "subscription_item",
           "current_period_end": 1798761600, "price": {"id": "%s", "object": "price"}}]}}"""
        .formatted(id, status, cancelAtPeriodEnd, price);
  }

  private Record row() {
    return database()
        .superuser()
        .fetchSingle(
            "select stripe_subscription_id, plan_id, status, current_period_end,"
                + " cancel_at_period_end, stripe_updated_at from leaseport.subscriptions where"
                + " owner_id = ?",
            owner.userId());
  }

  @Test
  void createdSetsThePlanOfThePriceTheStatusAndThePeriod() {
    String outcome =
        apply(
            "customer.subscription.created",
            subscription("sub_1", "active", "price_pro", false),
            T0);

    assertThat(outcome).isEqualTo("APPLIED");
    assertThat(row().get("stripe_subscription_id", String.class)).isEqualTo("sub_1");
    assertThat(row().get("plan_id", String.class)).isEqualTo("pro");
    assertThat(row().get("status", String.class)).isEqualTo("active");
    assertThat(row().get("current_period_end", java.time.OffsetDateTime.class).toInstant())
        .isEqualTo(Instant.ofEpochSecond(1798761600));
  }

  @Test
  void updatedBeforeCreatedKeepsTheUpdatedState() {
    assertThat(
            apply(
                "customer.subscription.updated",
                subscription("sub_1", "active", "price_pro", true),
                T0.plusSeconds(5)))
        .isEqualTo("APPLIED");

    String late =
        apply(
            "customer.subscription.created",
            subscription("sub_1", "incomplete", "price_starter", false),
            T0);

    assertThat(late).isEqualTo("IGNORED_STALE");
    assertThat(row().get("status", String.class)).isEqualTo("active");
    assertThat(row().get("plan_id", String.class)).isEqualTo("pro");
    assertThat(row().get("cancel_at_period_end", Boolean.class)).isTrue();
  }

  @Test
  void createdInTheSameSecondAsAnAppliedUpdateIsStaleToo() {
    apply("customer.subscription.updated", subscription("sub_1", "active", "price_pro", false), T0);

    assertThat(
            apply(
                "customer.subscription.created",
                subscription("sub_1", "incomplete", "price_pro", false),
                T0))
        .isEqualTo("IGNORED_STALE");
    assertThat(row().get("status", String.class)).isEqualTo("active");
  }

  @Test
  void deletedThenAnOlderUpdatedLeavesTheSubscriptionCanceled() {
    apply("customer.subscription.created", subscription("sub_1", "active", "price_pro", false), T0);
    apply(
        "customer.subscription.deleted",
        subscription("sub_1", "canceled", "price_pro", false),
        T0.plusSeconds(60));

    String late =
        apply(
            "customer.subscription.updated",
            subscription("sub_1", "active", "price_pro", false),
            T0.plusSeconds(30));

    assertThat(late).isEqualTo("IGNORED_STALE");
    assertThat(row().get("status", String.class)).isEqualTo("canceled");
  }

  @Test
  void aCanceledSubscriptionNeverComesBackEvenWithANewerEvent() {
    apply(
        "customer.subscription.deleted", subscription("sub_1", "canceled", "price_pro", false), T0);

    assertThat(
            apply(
                "customer.subscription.updated",
                subscription("sub_1", "active", "price_pro", false),
                T0.plusSeconds(60)))
        .isEqualTo("IGNORED_STALE");
    assertThat(row().get("status", String.class)).isEqualTo("canceled");
  }

  @Test
  void aNewSubscriptionAfterACanceledOneTakesItsPlace() {
    apply(
        "customer.subscription.deleted", subscription("sub_1", "canceled", "price_pro", false), T0);

    assertThat(
            apply(
                "customer.subscription.created",
                subscription("sub_2", "active", "price_starter", false),
                T0.plusSeconds(60)))
        .isEqualTo("APPLIED");
    assertThat(row().get("stripe_subscription_id", String.class)).isEqualTo("sub_2");
    assertThat(row().get("plan_id", String.class)).isEqualTo("starter");
  }

  @Test
  void anotherSubscriptionDoesNotReplaceALiveOne() {
    apply("customer.subscription.created", subscription("sub_1", "active", "price_pro", false), T0);

    assertThat(
            apply(
                "customer.subscription.created",
                subscription("sub_2", "active", "price_starter", false),
                T0.plusSeconds(60)))
        .isEqualTo("IGNORED_STALE");
    assertThat(row().get("stripe_subscription_id", String.class)).isEqualTo("sub_1");
  }

  @Test
  void checkoutCompletedLinksTheSubscriptionAndItsLaterCreatedStillApplies() {
    String checkout =
        """
        {"id": "cs_1", "object": "checkout.session", "mode": "subscription",
         "customer": "cus_1", "subscription": "sub_1", "payment_status": "paid",
         "client_reference_id": "%s"}"""
            .formatted(owner.userId());

    assertThat(apply("checkout.session.completed", checkout, T0.plusSeconds(2)))
        .isEqualTo("APPLIED");
    assertThat(row().get("stripe_subscription_id", String.class)).isEqualTo("sub_1");

    assertThat(
            apply(
                "customer.subscription.created",
                subscription("sub_1", "active", "price_starter", false),
                T0))
        .isEqualTo("APPLIED");
    assertThat(row().get("plan_id", String.class)).isEqualTo("starter");
  }

  @Test
  void checkoutCompletedAfterCreatedChangesNothing() {
    apply("customer.subscription.created", subscription("sub_1", "active", "price_pro", false), T0);
    String checkout =
        "{\"object\": \"checkout.session\", \"mode\": \"subscription\", \"customer\": \"cus_1\","
            + " \"subscription\": \"sub_1\"}";

    assertThat(apply("checkout.session.completed", checkout, T0.plusSeconds(1)))
        .isEqualTo("IGNORED_STALE");
    assertThat(row().get("status", String.class)).isEqualTo("active");
  }

  @Test
  void aFailedInvoiceMakesALiveSubscriptionPastDueAndAPaidOneActiveAgain() {
    apply("customer.subscription.created", subscription("sub_1", "active", "price_pro", false), T0);
    String invoice =
        "{\"object\": \"invoice\", \"customer\": \"cus_1\", \"parent\": {\"subscription_details\":"
            + " {\"subscription\": \"sub_1\"}}}";

    assertThat(apply("invoice.payment_failed", invoice, T0.plusSeconds(10))).isEqualTo("APPLIED");
    assertThat(row().get("status", String.class)).isEqualTo("past_due");

    assertThat(apply("invoice.paid", invoice, T0.plusSeconds(20))).isEqualTo("APPLIED");
    assertThat(row().get("status", String.class)).isEqualTo("active");
  }

  @Test
  void aLateFailedInvoiceDoesNotUndoALaterPayment() {
    apply(
        "customer.subscription.created", subscription("sub_1", "past_due", "price_pro", false), T0);
    String invoice =
        "{\"object\": \"invoice\", \"customer\": \"cus_1\", \"subscription\": \"sub_1\"}";
    apply("invoice.paid", invoice, T0.plusSeconds(20));

    assertThat(apply("invoice.payment_failed", invoice, T0.plusSeconds(10)))
        .isEqualTo("IGNORED_STALE");
    assertThat(row().get("status", String.class)).isEqualTo("active");
  }

  @Test
  void anEventOfACustomerLeaseportDoesNotKnowIsUnknownAndChangesNothing() {
    String foreign = subscription("sub_9", "active", "price_pro", false).replace("cus_1", "cus_9");

    assertThat(apply("customer.subscription.created", foreign, T0)).isEqualTo("IGNORED_UNKNOWN");
    assertThat(row().get("stripe_subscription_id")).isNull();
  }

  @Test
  void aPriceThatIsNoConfiguredPlanLeavesNoPlan() {
    apply(
        "customer.subscription.created",
        subscription("sub_1", "active", "price_retired", false),
        T0);

    assertThat(row().get("plan_id")).isNull();
    assertThat(row().get("status", String.class)).isEqualTo("active");
  }
}
