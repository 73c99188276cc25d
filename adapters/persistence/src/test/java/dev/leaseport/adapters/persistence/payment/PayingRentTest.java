package dev.leaseport.adapters.persistence.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.Payment;
import dev.leaseport.domain.payment.PaymentEvent;
import dev.leaseport.domain.payment.PaymentStatus;
import dev.leaseport.domain.payment.PaymentToStart;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Paying a charge, and the payment intent's events, through the real inbox. */
class PayingRentTest extends PaymentTest {
  private static final Instant T1 = Instant.parse("2030-02-01T10:00:00Z");
  private static final Instant T2 = Instant.parse("2030-02-01T10:00:05Z");

  @Test
  void aTenantOfTheLeaseStartsAPendingPaymentOfTheWholeBalanceLessNothingWithTheFee() {
    PaymentToStart row = as(renter, () -> payments.start(charge, FEE));

    assertThat(row.amount()).isEqualTo(new Money(RENT, "usd"));
    // 2.5 % of 1,500.00, the same rounding as PlatformFee
    assertThat(row.applicationFee()).isEqualTo(FEE.on(new Money(RENT, "usd")));
    assertThat(row.destinationAccount()).startsWith("acct_");
    assertThat(row.customerId()).isEmpty();
    Payment payment = as(renter, () -> payments.find(row.paymentId())).orElseThrow();
    assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
    assertThat(payment.payerId()).isEqualTo(renter.userId());
    assertThat(as(owner, () -> payments.find(row.paymentId()))).isPresent();
  }

  @Test
  void aRenterOfAnotherLeaseFindsNoChargeToPay() {
    Caller stranger = newTenant();
    activeLeaseOf(newOwner(), stranger);

    assertThatThrownBy(() -> as(stranger, () -> payments.start(charge, FEE)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(owner, () -> payments.start(charge, FEE)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anOwnerWhoseAccountCannotTakeChargesIsNotPaid() {
    database()
        .superuser()
        .execute(
            "update leaseport.connected_accounts set charges_enabled = false where owner_id = ?",
            owner.userId());

    assertThatThrownBy(() -> as(renter, () -> payments.start(charge, FEE)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("payments-not-enabled"));
    assertThat(database().count("select count(*) from leaseport.payments")).isZero();
  }

  @Test
  void aSecondPaymentWhileOneIsProcessingIsRefused() {
    String intent = paid(renter, charge);
    deliver("payment_intent.processing", intent(intent, "processing", "us_bank_account"), T1);

    assertThatThrownBy(() -> as(renter, () -> payments.start(charge, FEE)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("payment-in-progress"));
  }

  @Test
  void aChargeThatIsPaidCannotBePaidAgain() {
    String intent = paid(renter, charge);
    deliver("payment_intent.succeeded", intent(intent, "succeeded", "card"), T1);

    assertThatThrownBy(() -> as(renter, () -> payments.start(charge, FEE)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("charge-not-open"));
  }

  @Test
  void aStartThatNeverRecordedItsIntentIsResumedWithTheSameRowAndKey() {
    PaymentToStart first = as(renter, () -> payments.start(charge, FEE));
    PaymentToStart again = as(renter, () -> payments.start(charge, FEE));

    assertThat(again.paymentId()).isEqualTo(first.paymentId());
    assertThat(again.request(java.util.Optional.empty()).idempotencyKey())
        .isEqualTo(first.request(java.util.Optional.empty()).idempotencyKey());
    assertThat(database().count("select count(*) from leaseport.payments")).isEqualTo(1);
  }

  @Test
  void anIntentsEventFindsAnUnrecordedPaymentByItsMetadataAndLinksIt() {
    PaymentToStart row = as(renter, () -> payments.start(charge, FEE));
    String object =
        """
        {"id": "pi_orphan", "object": "payment_intent", "status": "succeeded",
         "payment_method_types": ["card"], "metadata": {"leaseport_payment_id": "%s"}}"""
            .formatted(row.paymentId());

    assertThat(deliver("payment_intent.succeeded", object, T1)).isEqualTo(EventOutcome.APPLIED);

    assertThat(paymentRow("pi_orphan").get(0, String.class)).isEqualTo("SUCCEEDED");
    assertThat(chargeRow().get(0, String.class)).isEqualTo("PAID");
  }

  @Test
  void aSucceededPaymentPaysTheChargeAndBothAreNotified() {
    String intent = paid(renter, charge);

    assertThat(deliver("payment_intent.succeeded", intent(intent, "succeeded", "card"), T1))
        .isEqualTo(EventOutcome.APPLIED);

    assertThat(chargeRow().get(0, String.class)).isEqualTo("PAID");
    assertThat(chargeRow().get("amount_paid", Long.class)).isEqualTo(RENT);
    assertThat(chargeRow().get("balance", Long.class)).isZero();
    assertThat(paymentRow(intent).get("method_kind", String.class)).isEqualTo("CARD");
    assertThat(notifications(renter, "PAYMENT_SUCCEEDED")).isEqualTo(1);
    assertThat(notifications(owner, "PAYMENT_SUCCEEDED")).isEqualTo(1);
  }

  @Test
  void aPaymentFailedAfterSucceededChangesNothing() {
    String intent = paid(renter, charge);
    deliver("payment_intent.succeeded", intent(intent, "succeeded", "card"), T1);

    assertThat(deliver("payment_intent.payment_failed", failedIntent(intent, "card"), T2))
        .isEqualTo(EventOutcome.IGNORED_STALE);

    assertThat(paymentRow(intent).get(0, String.class)).isEqualTo("SUCCEEDED");
    assertThat(chargeRow().get(0, String.class)).isEqualTo("PAID");
    assertThat(notifications(renter, "PAYMENT_FAILED")).isZero();
  }

  @Test
  void aDeclinedCardLeavesTheChargeOpenWithTheFailureRecorded() {
    String intent = paid(renter, charge);

    deliver("payment_intent.payment_failed", failedIntent(intent, "card"), T1);

    assertThat(paymentRow(intent).get(0, String.class)).isEqualTo("FAILED");
    assertThat(paymentRow(intent).get("failure_code", String.class))
        .isEqualTo("insufficient_funds");
    assertThat(chargeRow().get(0, String.class)).isEqualTo("OPEN");
    assertThat(chargeRow().get("balance", Long.class)).isEqualTo(RENT);
    assertThat(notifications(renter, "PAYMENT_FAILED")).isEqualTo(1);
    // a card declined at once was never pending for the owner
    assertThat(notifications(owner, "PAYMENT_FAILED")).isZero();
    // and the renter may try again
    assertThat(as(renter, () -> payments.start(charge, FEE)).amount().amount()).isEqualTo(RENT);
  }

  @Test
  void theSameEventTwentyTimesAndFromTwoInboxesPaysOnce() throws Exception {
    String intent = paid(renter, charge);
    PaymentEvent succeeded =
        event("payment_intent.succeeded", intent(intent, "succeeded", "card"), T1);
    var first = inbox();
    var second =
        inbox(
            new dev.leaseport.adapters.persistence.system.SystemTier(
                database().secondSystemAuthenticator(), reason -> {}));

    List<EventOutcome> outcomes = new ArrayList<>();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var a = pool.submit(() -> first.receive(succeeded));
      var b = pool.submit(() -> second.receive(succeeded));
      outcomes.add(a.get());
      outcomes.add(b.get());
    } finally {
      pool.shutdown();
    }
    for (int i = 0; i < 20; i++) {
      outcomes.add(first.receive(succeeded));
    }

    assertThat(outcomes).containsOnlyOnce(EventOutcome.APPLIED);
    assertThat(chargeRow().get("amount_paid", Long.class)).isEqualTo(RENT);
    assertThat(notifications(owner, "PAYMENT_SUCCEEDED")).isEqualTo(1);
  }

  @Test
  void aPaymentSucceedingAfterTheOwnerVoidedTheChargeIsRecordedAndTheChargeStaysVoid() {
    String intent = paid(renter, charge);
    database()
        .superuser()
        .execute(
            "update leaseport.charges set status = 'VOID', voided_at = now() where id = ?", charge);

    assertThat(deliver("payment_intent.succeeded", intent(intent, "succeeded", "card"), T1))
        .isEqualTo(EventOutcome.APPLIED);

    assertThat(paymentRow(intent).get(0, String.class)).isEqualTo("SUCCEEDED");
    assertThat(chargeRow().get(0, String.class)).isEqualTo("VOID");
    assertThat(chargeRow().get("amount_paid", Long.class)).isZero();
    assertThat(notifications(owner, "PAYMENT_SUCCEEDED")).isEqualTo(1);
  }

  @Test
  void anIntentLeaseportDidNotMakeIsUnknown() {
    assertThat(
            deliver(
                "payment_intent.succeeded",
                intent("pi_" + UUID.randomUUID().toString().replace("-", ""), "succeeded", "card"),
                T1))
        .isEqualTo(EventOutcome.IGNORED_UNKNOWN);
  }
}
