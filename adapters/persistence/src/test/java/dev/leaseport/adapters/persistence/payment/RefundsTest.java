package dev.leaseport.adapters.persistence.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.RefundReason;
import dev.leaseport.domain.payment.RefundToSubmit;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The owner's refunds: reserved, never more than remains, reconciled by charge.refunded. */
class RefundsTest extends PaymentTest {
  private static final Instant PAID_AT = Instant.parse("2030-02-01T10:00:00Z");
  private String intent;
  private UUID payment;

  @BeforeEach
  void aSucceededPayment() {
    intent = paid(renter, charge);
    deliver("payment_intent.succeeded", intent(intent, "succeeded", "card"), PAID_AT);
    payment =
        database()
            .superuser()
            .fetchSingle(
                "select id from leaseport.payments where stripe_payment_intent_id = ?", intent)
            .get(0, UUID.class);
  }

  @Test
  void aPartialThenAFullRefundReopenTheChargeByWhatWasRefunded() {
    RefundToSubmit part = reserve(Optional.of(30_000L));
    assertThat(part.amount()).isEqualTo(new Money(30_000, "usd"));
    assertThat(part.intentId()).isEqualTo(intent);
    recorded(part, "re_1");

    assertThat(deliver("charge.refunded", refundedCharge(intent, 30_000), PAID_AT.plusSeconds(60)))
        .isEqualTo(EventOutcome.APPLIED);
    assertThat(chargeRow().get(0, String.class)).isEqualTo("OPEN");
    assertThat(chargeRow().get("amount_refunded", Long.class)).isEqualTo(30_000);
    assertThat(chargeRow().get("balance", Long.class)).isEqualTo(30_000);

    RefundToSubmit rest = reserve(Optional.empty());
    assertThat(rest.amount().amount()).isEqualTo(RENT - 30_000);
    recorded(rest, "re_2");
    deliver("charge.refunded", refundedCharge(intent, RENT), PAID_AT.plusSeconds(120));

    assertThat(chargeRow().get("amount_refunded", Long.class)).isEqualTo(RENT);
    assertThat(chargeRow().get("balance", Long.class)).isEqualTo(RENT);
    assertThat(paymentRow(intent).get("amount_refunded", Long.class)).isEqualTo(RENT);
  }

  @Test
  void moreThanRemainsIsRefusedCountingRequestsStripeHasNotConfirmedYet() {
    recorded(reserve(Optional.of(100_000L)), "re_1");

    assertThatThrownBy(() -> reserve(Optional.of(50_001L)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("amount"));
    assertThat(reserve(Optional.of(50_000L)).amount().amount()).isEqualTo(50_000);
    assertThatThrownBy(() -> reserve(Optional.empty())).isInstanceOf(ValidationException.class);
  }

  @Test
  void aRefundStripeRefusedReleasesItsReservation() {
    RefundToSubmit refused = reserve(Optional.empty());
    as(
        owner,
        () -> {
          payments.recordRefund(refused.refundId(), Optional.empty());
          return null;
        });

    assertThat(reserve(Optional.empty()).amount().amount()).isEqualTo(RENT);
  }

  @Test
  void anotherOwnersPaymentIsNotFoundAndTheRenterCannotRefund() {
    var stranger = newOwner();

    assertThatThrownBy(
            () ->
                as(
                    stranger,
                    () ->
                        payments.reserveRefund(
                            payment, Optional.empty(), RefundReason.REQUESTED_BY_CUSTOMER)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                as(
                    renter,
                    () ->
                        payments.reserveRefund(
                            payment, Optional.empty(), RefundReason.REQUESTED_BY_CUSTOMER)))
        .isInstanceOf(NotFoundException.class);
    assertThat(as(stranger, () -> payments.find(payment))).isEmpty();
  }

  @Test
  void onlyASucceededPaymentCanBeRefunded() {
    deliver(
        "charge.dispute.created", dispute(intent, RENT, "needs_response"), PAID_AT.plusSeconds(9));

    assertThatThrownBy(() -> reserve(Optional.empty()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("payment-not-refundable"));
  }

  @Test
  void anOlderOrRepeatedRefundedAmountChangesNothing() {
    deliver("charge.refunded", refundedCharge(intent, 40_000), PAID_AT.plusSeconds(60));

    assertThat(deliver("charge.refunded", refundedCharge(intent, 20_000), PAID_AT.plusSeconds(30)))
        .isEqualTo(EventOutcome.IGNORED_STALE);
    assertThat(deliver("charge.refunded", refundedCharge(intent, 40_000), PAID_AT.plusSeconds(90)))
        .isEqualTo(EventOutcome.IGNORED_STALE);
    assertThat(chargeRow().get("amount_refunded", Long.class)).isEqualTo(40_000);
  }

  private RefundToSubmit reserve(Optional<Long> amount) {
    return as(
        owner, () -> payments.reserveRefund(payment, amount, RefundReason.REQUESTED_BY_CUSTOMER));
  }

  private void recorded(RefundToSubmit refund, String stripeId) {
    as(
        owner,
        () -> {
          payments.recordRefund(refund.refundId(), Optional.of(stripeId));
          return null;
        });
  }
}
