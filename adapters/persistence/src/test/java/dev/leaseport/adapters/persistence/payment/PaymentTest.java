package dev.leaseport.adapters.persistence.payment;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.adapters.persistence.webhooks.ChargeRefundedHandler;
import dev.leaseport.adapters.persistence.webhooks.DisputeEventHandler;
import dev.leaseport.adapters.persistence.webhooks.PaymentEventHandler;
import dev.leaseport.adapters.persistence.webhooks.PaymentEventHandlers;
import dev.leaseport.adapters.persistence.webhooks.PaymentIntentEventHandler;
import dev.leaseport.adapters.persistence.webhooks.StripeWebhookInbox;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEvent;
import dev.leaseport.domain.payment.PaymentToStart;
import dev.leaseport.domain.payment.PlatformFee;
import dev.leaseport.domain.testdata.StripeEventTestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;

/**
 * An owner whose payout account takes charges, an ACTIVE lease of their unit to a linked renter,
 * and an OPEN rent charge of 1,500.00 on it; events go through the real webhook inbox.
 */
abstract class PaymentTest extends DatabaseTest {
  protected static final long RENT = 150_000;
  protected static final PlatformFee FEE = new PlatformFee(250);
  protected final JooqPaymentRepository payments = new JooqPaymentRepository(transactions);
  protected Caller owner;
  protected Caller renter;
  protected UUID lease;
  protected UUID charge;

  @BeforeEach
  void aChargeOfAnActiveLeaseOfAnOwnerWhoTakesPayments() {
    owner = newOwner();
    renter = newTenant();
    lease = activeLeaseOf(owner, renter);
    charge = rentChargeOf(owner, lease, RENT);
    payoutAccount(owner, true);
  }

  protected UUID activeLeaseOf(Caller owner, Caller renter) {
    var sql = database().superuser();
    UUID property =
        sql.fetchSingle(
                "insert into leaseport.properties (owner_id, name, address_line1, city,"
                    + " property_type) values (?, 'Elm Court', '1 Elm Street', 'Springfield',"
                    + " 'APARTMENT') returning id",
                owner.userId())
            .get(0, UUID.class);
    UUID unit =
        sql.fetchSingle(
                "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount)"
                    + " values (?, ?, '1A', ?) returning id",
                owner.userId(),
                property,
                RENT)
            .get(0, UUID.class);
    UUID tenant =
        sql.fetchSingle(
                "insert into leaseport.tenants (owner_id, first_name, last_name, email, user_id)"
                    + " values (?, 'Ada', 'Renter', ?, ?) returning id",
                owner.userId(),
                renter.userId() + "@example.test",
                renter.userId())
            .get(0, UUID.class);
    UUID id =
        sql.fetchSingle(
                "insert into leaseport.leases (owner_id, unit_id, start_date, end_date,"
                    + " rent_amount) values (?, ?, '2030-01-01', '2030-12-31', ?) returning id",
                owner.userId(),
                unit,
                RENT)
            .get(0, UUID.class);
    sql.execute(
        "insert into leaseport.lease_tenants (lease_id, tenant_id, owner_id, role)"
            + " values (?, ?, ?, 'PRIMARY')",
        id,
        tenant,
        owner.userId());
    sql.execute("update leaseport.leases set status = 'ACTIVE' where id = ?", id);
    return id;
  }

  protected UUID rentChargeOf(Caller owner, UUID lease, long amount) {
    return database()
        .superuser()
        .fetchSingle(
            "insert into leaseport.charges (owner_id, lease_id, currency, kind, period_start,"
                + " period_end, description, amount, due_date) values (?, ?, 'usd', 'RENT',"
                + " '2030-02-01', '2030-02-28', 'Rent February', ?, '2030-02-01') returning id",
            owner.userId(),
            lease,
            amount)
        .get(0, UUID.class);
  }

  protected void payoutAccount(Caller owner, boolean chargesEnabled) {
    database()
        .superuser()
        .execute(
            "insert into leaseport.connected_accounts (owner_id, stripe_account_id,"
                + " charges_enabled) values (?, ?, ?)",
            owner.userId(),
            "acct_" + owner.userId().toString().replace("-", "").substring(0, 16),
            chargesEnabled);
  }

  /** The renter starts paying and Stripe's intent is recorded, as PayCharge does. */
  protected String paid(Caller payer, UUID charge) {
    PaymentToStart row = as(payer, () -> payments.start(charge, FEE));
    String intent = "pi_" + row.paymentId().toString().replace("-", "");
    as(
        payer,
        () -> {
          payments.recordIntent(row.paymentId(), intent);
          return null;
        });
    return intent;
  }

  protected StripeWebhookInbox inbox() {
    return inbox(systemTier(reason -> {}));
  }

  protected StripeWebhookInbox inbox(dev.leaseport.adapters.persistence.system.SystemTier tier) {
    List<PaymentEventHandler> handlers = new ArrayList<>(PaymentIntentEventHandler.all());
    handlers.add(new ChargeRefundedHandler());
    handlers.addAll(DisputeEventHandler.all());
    return new StripeWebhookInbox(tier, new PaymentEventHandlers(handlers), (t, o) -> {});
  }

  protected EventOutcome deliver(String type, String object, Instant created) {
    return inbox().receive(event(type, object, created));
  }

  protected static PaymentEvent event(String type, String object, Instant created) {
    return new PaymentEvent(
        StripeEventTestData.eventId(), type, Optional.of("acct_x"), created, object);
  }

  protected static String intent(String id, String status, String methodType) {
    return """
        {"id": "%s", "object": "payment_intent", "amount": %d, "currency": "usd",
         "status": "%s", "payment_method_types": ["%s"], "metadata": {}}"""
        .formatted(id, RENT, status, methodType);
  }

  protected static String failedIntent(String id, String methodType) {
    return """
        {"id": "%s", "object": "payment_intent", "status": "requires_payment_method",
         "payment_method_types": ["card", "us_bank_account"], "metadata": {},
         "last_payment_error": {"code": "payment_method_provider_decline",
           "decline_code": "insufficient_funds", "message": "The debit was returned (R01).",
           "payment_method": {"type": "%s"}}}"""
        .formatted(id, methodType);
  }

  protected static String refundedCharge(String intent, long refunded) {
    return """
        {"id": "ch_1", "object": "charge", "payment_intent": "%s", "amount": %d,
         "amount_refunded": %d, "refunded": false}"""
        .formatted(intent, RENT, refunded);
  }

  protected static String dispute(String intent, long amount, String status) {
    return """
        {"id": "dp_1", "object": "dispute", "payment_intent": "%s", "amount": %d,
         "status": "%s", "reason": "fraudulent"}"""
        .formatted(intent, amount, status);
  }

  protected Record chargeRow() {
    return database()
        .superuser()
        .fetchSingle(
            "select status::text, amount_paid, amount_pending, amount_refunded,"
                + " amount - amount_paid + amount_refunded as balance from leaseport.charges"
                + " where id = ?",
            charge);
  }

  protected Record paymentRow(String intent) {
    return database()
        .superuser()
        .fetchSingle(
            "select status::text, method_kind::text, failure_code, amount_refunded,"
                + " amount_disputed from leaseport.payments where stripe_payment_intent_id = ?",
            intent);
  }

  protected long notifications(Caller recipient, String type) {
    return database()
        .count(
            "select count(*) from leaseport.notifications where user_id = ? and type = ?::"
                + "leaseport.notification_type",
            recipient.userId(),
            type);
  }
}
