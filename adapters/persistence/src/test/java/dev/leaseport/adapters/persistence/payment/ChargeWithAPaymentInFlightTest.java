package dev.leaseport.adapters.persistence.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.charge.JooqChargeRepository;
import dev.leaseport.adapters.persistence.lease.JooqLeaseRepository;
import dev.leaseport.domain.lease.LeaseTermination;
import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.shared.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A charge whose payment the renter has started (PENDING) or that is settling (PROCESSING) stays as
 * it is: the owner cannot void it and terminating the lease does not cut it, so the payment Stripe
 * may still collect never pays a charge that no longer asks for it.
 */
class ChargeWithAPaymentInFlightTest extends PaymentTest {
  private static final Instant T1 = Instant.parse("2030-02-01T10:00:00Z");
  private final JooqChargeRepository charges = new JooqChargeRepository(transactions);
  private final JooqLeaseRepository leases = new JooqLeaseRepository(transactions);

  @Test
  void theOwnerCannotVoidAChargeWhosePaymentIsPending() {
    paid(renter, charge);

    assertThatThrownBy(() -> as(owner, () -> voidCharge()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("charge-state-conflict"));
    assertThat(chargeRow().get(0, String.class)).isEqualTo("OPEN");
  }

  @Test
  void theOwnerCannotVoidAChargeWhoseBankDebitIsProcessing() {
    String intent = paid(renter, charge);
    deliver("payment_intent.processing", intent(intent, "processing", "us_bank_account"), T1);

    assertThatThrownBy(() -> as(owner, () -> voidCharge())).isInstanceOf(ConflictException.class);
    assertThat(chargeRow().get(0, String.class)).isEqualTo("OPEN");
  }

  @Test
  void terminatingTheLeaseLeavesAChargeWithAPendingPaymentWholeAndItsSuccessPaysIt() {
    String intent = paid(renter, charge);

    as(owner, () -> terminateOn(LocalDate.parse("2030-02-10")));

    assertThat(chargeAmount()).isEqualTo(RENT);
    assertThat(deliver("payment_intent.succeeded", intent(intent, "succeeded", "card"), T1))
        .isEqualTo(EventOutcome.APPLIED);
    assertThat(chargeRow().get(0, String.class)).isEqualTo("PAID");
    assertThat(chargeRow().get("amount_paid", Long.class)).isEqualTo(RENT);
  }

  @Test
  void withoutAPaymentTheSameTerminationStillCutsTheChargeToItsDays() {
    as(owner, () -> terminateOn(LocalDate.parse("2030-02-10")));

    assertThat(chargeAmount()).isLessThan(RENT);
  }

  private long chargeAmount() {
    return database()
        .superuser()
        .fetchSingle("select amount from leaseport.charges where id = ?", charge)
        .get(0, Long.class);
  }

  private Void voidCharge() {
    charges.voidCharge(charge);
    return null;
  }

  private Void terminateOn(LocalDate day) {
    leases.terminate(lease, new LeaseTermination(day, Optional.of("Moved out")));
    return null;
  }
}
