package dev.leaseport.adapters.persistence.webhooks;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Routines.applyPaymentMethodDetached;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.system.SystemReason;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.adapters.persistence.testing.SavedMethods;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.JSONB;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code apply_setup_intent_succeeded} and {@code apply_payment_method_detached} in the system
 * tier, as the inbox calls them, and both handlers through the inbox itself.
 */
class PaymentMethodEventEffectsTest extends DatabaseTest {
  private SavedMethods saved;
  private Caller renter;
  private String customer;

  @BeforeEach
  void aRenterWithACustomer() {
    saved = new SavedMethods(database());
    renter = newTenant();
    customer = saved.customerOf(renter);
  }

  private static String card(String id, String customer) {
    return """
        {"id": "%s", "object": "payment_method", "type": "card", "customer": %s,
         "card": {"brand": "mastercard", "last4": "4444", "exp_month": 12, "exp_year": 2030}}"""
        .formatted(id, customer == null ? "null" : "\"" + customer + "\"");
  }

  private String detached(String id) {
    return systemTier(reason -> {})
        .run(
            SystemReason.STRIPE_WEBHOOK,
            dsl ->
                dsl.select(
                        applyPaymentMethodDetached(
                            JSONB.valueOf(
                                "{\"id\": \""
                                    + id
                                    + "\", \"object\": \"payment_method\","
                                    + " \"customer\": null}")))
                    .fetchSingle()
                    .value1());
  }

  private List<Record> rows() {
    return database()
        .superuser()
        .fetch(
            "select stripe_payment_method_id, kind, brand, bank_name, last4, exp_month, exp_year,"
                + " is_default from leaseport.payment_methods where user_id = ?"
                + " order by created_at, id",
            renter.userId());
  }

  @Test
  void aSavedCardIsRecordedWithItsDetailsAndTheFirstIsTheDefault() {
    String outcome = saved.apply(SavedMethods.setupIntent(customer, card("pm_c1", customer)));

    assertThat(outcome).isEqualTo("APPLIED");
    Record row = rows().get(0);
    assertThat(row.get("stripe_payment_method_id", String.class)).isEqualTo("pm_c1");
    assertThat(row.get("kind", String.class)).isEqualTo("CARD");
    assertThat(row.get("brand", String.class)).isEqualTo("mastercard");
    assertThat(row.get("last4", String.class)).isEqualTo("4444");
    assertThat(row.get("exp_month", Integer.class)).isEqualTo(12);
    assertThat(row.get("exp_year", Integer.class)).isEqualTo(2030);
    assertThat(row.get("is_default", Boolean.class)).isTrue();
  }

  @Test
  void aSecondMethodIsNotTheDefault() {
    saved.apply(SavedMethods.setupIntent(customer, card("pm_c1", customer)));
    saved.apply(SavedMethods.setupIntent(customer, card("pm_c2", customer)));

    assertThat(rows())
        .extracting(r -> r.get("is_default", Boolean.class))
        .containsExactly(true, false);
  }

  @Test
  void aSavedBankAccountIsRecordedWithItsBank() {
    String bank =
        """
        {"id": "pm_b1", "object": "payment_method", "type": "us_bank_account",
         "customer": "%s", "us_bank_account": {"bank_name": "STRIPE TEST BANK",
         "last4": "6789", "account_type": "checking"}}"""
            .formatted(customer);

    assertThat(saved.apply(SavedMethods.setupIntent(customer, bank))).isEqualTo("APPLIED");

    Record row = rows().get(0);
    assertThat(row.get("kind", String.class)).isEqualTo("US_BANK_ACCOUNT");
    assertThat(row.get("bank_name", String.class)).isEqualTo("STRIPE TEST BANK");
    assertThat(row.get("last4", String.class)).isEqualTo("6789");
    assertThat(row.get("brand")).isNull();
    assertThat(row.get("exp_month")).isNull();
  }

  @Test
  void theSameMethodTwiceIsRecordedOnce() {
    saved.apply(SavedMethods.setupIntent(customer, card("pm_c1", customer)));

    assertThat(saved.apply(SavedMethods.setupIntent(customer, card("pm_c1", customer))))
        .isEqualTo("IGNORED_STALE");
    assertThat(rows()).hasSize(1);
  }

  @Test
  void aMethodDetachedBeforeItsSetupEventArrivedIsNotRecorded() {
    assertThat(saved.apply(SavedMethods.setupIntent(customer, card("pm_gone", null))))
        .isEqualTo("IGNORED_STALE");
    assertThat(rows()).isEmpty();
  }

  @Test
  void aCustomerLeaseportDidNotMakeForARenterIsUnknown() {
    assertThat(saved.apply(SavedMethods.setupIntent("cus_stranger", card("pm_x", "cus_stranger"))))
        .isEqualTo("IGNORED_UNKNOWN");
    assertThat(database().count("select count(*) from leaseport.payment_methods")).isZero();
  }

  @Test
  void aSetupEventWithoutItsMethodsDetailsFailsSoThatStripeRetries() {
    String bare =
        "{\"id\": \"seti_1\", \"customer\": \"" + customer + "\", \"payment_method\": \"pm_1\"}";

    assertThatThrownBy(() -> saved.apply(bare)).isNotNull();
    assertThat(rows()).isEmpty();
  }

  @Test
  void aDetachedDefaultGoesAndTheNewestRemainingBecomesTheDefault() {
    saved.apply(SavedMethods.setupIntent(customer, card("pm_1", customer)));
    saved.apply(SavedMethods.setupIntent(customer, card("pm_2", customer)));
    saved.apply(SavedMethods.setupIntent(customer, card("pm_3", customer)));

    assertThat(detached("pm_1")).isEqualTo("APPLIED");

    assertThat(rows())
        .extracting(
            r -> r.get("stripe_payment_method_id", String.class),
            r -> r.get("is_default", Boolean.class))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("pm_2", false),
            org.assertj.core.groups.Tuple.tuple("pm_3", true));
    assertThat(detached("pm_1")).isEqualTo("IGNORED_UNKNOWN");
  }

  @Test
  void bothEventsTakeEffectThroughTheInboxOnceHoweverOftenTheyArrive() {
    StripeWebhookInbox inbox =
        new StripeWebhookInbox(
            systemTier(reason -> {}),
            new PaymentEventHandlers(
                List.of(new SetupIntentSucceededHandler(), new PaymentMethodDetachedHandler())),
            (type, outcome) -> {});
    PaymentEvent setup =
        new PaymentEvent(
            "evt_setup_" + UUID.randomUUID(),
            "setup_intent.succeeded",
            Optional.empty(),
            Instant.now(),
            SavedMethods.setupIntent(customer, card("pm_inbox", customer)));

    assertThat(inbox.receive(setup)).isEqualTo(EventOutcome.APPLIED);
    for (int i = 0; i < 19; i++) {
      assertThat(inbox.receive(setup)).isEqualTo(EventOutcome.DUPLICATE);
    }
    assertThat(rows()).hasSize(1);

    PaymentEvent detach =
        new PaymentEvent(
            "evt_detach_" + UUID.randomUUID(),
            "payment_method.detached",
            Optional.empty(),
            Instant.now(),
            "{\"id\": \"pm_inbox\", \"object\": \"payment_method\", \"customer\": null}");
    assertThat(inbox.receive(detach)).isEqualTo(EventOutcome.APPLIED);
    assertThat(inbox.receive(detach)).isEqualTo(EventOutcome.DUPLICATE);
    assertThat(rows()).isEmpty();
  }
}
