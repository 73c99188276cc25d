package dev.leaseport.adapters.persistence.charge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * apply_late_fees(as_of): one LATE_FEE of the lease's fee, on the same lease, for a RENT charge
 * still OPEN after its due date plus the lease's grace days; never twice.
 */
class LateFeesTest extends ChargeTest {
  private static final LocalDate JANUARY = LocalDate.of(2030, 1, 1);

  /** Due January 1st with 5 grace days: the 6th is the last day of grace, the 7th is late. */
  private static final LocalDate LAST_DAY_OF_GRACE = LocalDate.of(2030, 1, 6);

  private static final LocalDate FIRST_LATE_DAY = LocalDate.of(2030, 1, 7);

  private UUID lease;
  private UUID rent;

  @BeforeEach
  void aRentChargeDueOnTheFirstWithFiveGraceDaysAndAFeeOf5000() {
    // Five grace days is the lease default.
    lease =
        lease(owner, property, tenant, "ACTIVE", JANUARY, JANUARY.plusYears(1), 150000, 1, 5000);
    rent = rentCharge(lease, JANUARY, 150000);
  }

  @Test
  void anOpenRentChargePastItsGraceDaysGetsOneLateFeeOnItsLease() {
    String counts = applyLateFees(FIRST_LATE_DAY);

    assertThat(counts).isEqualTo("{\"created\": 1}");
    assertThat(chargesOf(lease))
        .containsExactly(
            "RENT 2030-01-01..2030-01-31 150000 due 2030-01-01 OPEN",
            "LATE_FEE 5000 due 2030-01-07 OPEN");
    assertThat(
            database()
                .count(
                    "select count(*) from leaseport.charges where parent_charge_id = ?"
                        + " and lease_id = ?",
                    rent,
                    lease))
        .isEqualTo(1);
    // One for the rent charge when it was made, one for the fee.
    assertThat(notificationsOf(renter, "CHARGE_CREATED")).isEqualTo(2);
    assertThat(notificationsOf(owner, "CHARGE_CREATED")).isZero();
  }

  @Test
  void noFeeWithinTheGraceDays() {
    assertThat(applyLateFees(LAST_DAY_OF_GRACE)).isEqualTo("{\"created\": 0}");
  }

  @Test
  void aLateFeeIsAppliedOnceHoweverOftenTheJobRuns() {
    applyLateFees(FIRST_LATE_DAY);
    applyLateFees(FIRST_LATE_DAY);
    applyLateFees(FIRST_LATE_DAY.plusDays(10));

    assertThat(lateFees()).isEqualTo(1);
  }

  @Test
  void twoRunsAtOnceApplyOneLateFee() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<String>> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      runs.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return applyLateFees(FIRST_LATE_DAY);
              }));
    }
    start.countDown();

    long created = 0;
    for (CompletableFuture<String> run : runs) {
      created += Long.parseLong(run.get(60, TimeUnit.SECONDS).replaceAll("\\D", ""));
    }

    assertThat(created).isEqualTo(1);
    assertThat(lateFees()).isEqualTo(1);
  }

  @Test
  void noFeeWhenTheLeaseHasNone() {
    UUID noFeeLease =
        lease(owner, property, tenant, "ACTIVE", JANUARY, JANUARY.plusYears(1), 150000, 1, 0);
    rentCharge(noFeeLease, JANUARY, 150000);

    applyLateFees(FIRST_LATE_DAY);

    assertThat(chargesOf(noFeeLease)).hasSize(1);
  }

  @Test
  void noFeeOnAPaidOrVoidCharge() {
    database()
        .superuser()
        .execute(
            "update leaseport.charges set amount_paid = amount, status = 'PAID' where id = ?",
            rent);
    UUID february = rentCharge(lease, JANUARY.plusMonths(1), 150000);
    database()
        .superuser()
        .execute(
            "update leaseport.charges set status = 'VOID', voided_at = now() where id = ?",
            february);

    assertThat(applyLateFees(LocalDate.of(2030, 3, 1))).isEqualTo("{\"created\": 0}");
  }

  @Test
  void noFeeWhileAPaymentInFlightCoversTheBalanceButOnceItFails() {
    database()
        .superuser()
        .execute("update leaseport.charges set amount_pending = amount where id = ?", rent);

    assertThat(applyLateFees(FIRST_LATE_DAY)).isEqualTo("{\"created\": 0}");

    database()
        .superuser()
        .execute("update leaseport.charges set amount_pending = 0 where id = ?", rent);
    assertThat(applyLateFees(FIRST_LATE_DAY.plusDays(4))).isEqualTo("{\"created\": 1}");
  }

  @Test
  void aPartlyPaidChargeStillOwesTheFee() {
    database()
        .superuser()
        .execute("update leaseport.charges set amount_paid = 100000 where id = ?", rent);

    assertThat(applyLateFees(FIRST_LATE_DAY)).isEqualTo("{\"created\": 1}");
  }

  private long lateFees() {
    return database()
        .count(
            "select count(*) from leaseport.charges where kind = 'LATE_FEE' and lease_id = ?",
            lease);
  }
}
