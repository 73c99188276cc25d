package dev.leaseport.adapters.persistence.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.domain.payment.EventOutcome;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A bank debit pending for days then failing, and disputes opened then won or lost. */
class BankDebitsAndDisputesTest extends PaymentTest {
  private static final Instant CONFIRMED = Instant.parse("2030-02-01T10:00:00Z");
  private static final Instant FOUR_DAYS_LATER = CONFIRMED.plus(Duration.ofDays(4));

  @Test
  void aProcessingBankDebitShowsAsPendingNotPaid() {
    String intent = paid(renter, charge);

    deliver(
        "payment_intent.processing", intent(intent, "processing", "us_bank_account"), CONFIRMED);

    assertThat(chargeRow().get(0, String.class)).isEqualTo("OPEN");
    assertThat(chargeRow().get("amount_pending", Long.class)).isEqualTo(RENT);
    assertThat(chargeRow().get("amount_paid", Long.class)).isZero();
    assertThat(paymentRow(intent).get("method_kind", String.class)).isEqualTo("US_BANK_ACCOUNT");
  }

  @Test
  void aBankDebitFailingFourDaysLaterReopensTheBalanceAndNotifiesBothSides() {
    String intent = paid(renter, charge);
    deliver(
        "payment_intent.processing", intent(intent, "processing", "us_bank_account"), CONFIRMED);

    assertThat(
            deliver(
                "payment_intent.payment_failed",
                failedIntent(intent, "us_bank_account"),
                FOUR_DAYS_LATER))
        .isEqualTo(EventOutcome.APPLIED);

    assertThat(chargeRow().get(0, String.class)).isEqualTo("OPEN");
    assertThat(chargeRow().get("amount_pending", Long.class)).isZero();
    assertThat(chargeRow().get("balance", Long.class)).isEqualTo(RENT);
    assertThat(paymentRow(intent).get(0, String.class)).isEqualTo("FAILED");
    assertThat(notifications(renter, "PAYMENT_FAILED")).isEqualTo(1);
    assertThat(notifications(owner, "PAYMENT_FAILED")).isEqualTo(1);
  }

  @Test
  void aBankDebitThatSettlesMovesFromPendingToPaid() {
    String intent = paid(renter, charge);
    deliver(
        "payment_intent.processing", intent(intent, "processing", "us_bank_account"), CONFIRMED);

    deliver(
        "payment_intent.succeeded",
        intent(intent, "succeeded", "us_bank_account"),
        FOUR_DAYS_LATER);

    assertThat(chargeRow().get(0, String.class)).isEqualTo("PAID");
    assertThat(chargeRow().get("amount_pending", Long.class)).isZero();
    assertThat(chargeRow().get("amount_paid", Long.class)).isEqualTo(RENT);
  }

  @Test
  void aProcessingEventArrivingAfterSuccessIsStale() {
    String intent = paid(renter, charge);
    deliver(
        "payment_intent.succeeded",
        intent(intent, "succeeded", "us_bank_account"),
        FOUR_DAYS_LATER);

    assertThat(
            deliver(
                "payment_intent.processing",
                intent(intent, "processing", "us_bank_account"),
                CONFIRMED))
        .isEqualTo(EventOutcome.IGNORED_STALE);
    assertThat(chargeRow().get("amount_pending", Long.class)).isZero();
  }

  @Test
  void aDisputeReopensTheChargeAndWinningItSettlesItAgain() {
    String intent = paid(renter, charge);
    deliver("payment_intent.succeeded", intent(intent, "succeeded", "card"), CONFIRMED);

    deliver("charge.dispute.created", dispute(intent, RENT, "needs_response"), FOUR_DAYS_LATER);

    assertThat(paymentRow(intent).get(0, String.class)).isEqualTo("DISPUTED");
    assertThat(chargeRow().get(0, String.class)).isEqualTo("OPEN");
    assertThat(chargeRow().get("balance", Long.class)).isEqualTo(RENT);
    assertThat(notifications(owner, "PAYMENT_FAILED")).isEqualTo(1);

    deliver(
        "charge.dispute.closed",
        dispute(intent, RENT, "won"),
        FOUR_DAYS_LATER.plus(Duration.ofDays(30)));

    assertThat(paymentRow(intent).get(0, String.class)).isEqualTo("SUCCEEDED");
    assertThat(chargeRow().get(0, String.class)).isEqualTo("PAID");
    assertThat(notifications(owner, "PAYMENT_SUCCEEDED")).isEqualTo(2);
  }

  @Test
  void aLostDisputeKeepsTheDisputedAmountOwed() {
    String intent = paid(renter, charge);
    deliver("payment_intent.succeeded", intent(intent, "succeeded", "card"), CONFIRMED);
    deliver("charge.dispute.created", dispute(intent, 50_000, "needs_response"), FOUR_DAYS_LATER);

    deliver(
        "charge.dispute.closed",
        dispute(intent, 50_000, "lost"),
        FOUR_DAYS_LATER.plus(Duration.ofDays(30)));

    assertThat(paymentRow(intent).get(0, String.class)).isEqualTo("DISPUTED");
    assertThat(paymentRow(intent).get("amount_disputed", Long.class)).isEqualTo(50_000);
    assertThat(chargeRow().get(0, String.class)).isEqualTo("OPEN");
    assertThat(chargeRow().get("balance", Long.class)).isEqualTo(50_000);
    assertThat(notifications(owner, "PAYMENT_FAILED")).isEqualTo(2);
  }
}
