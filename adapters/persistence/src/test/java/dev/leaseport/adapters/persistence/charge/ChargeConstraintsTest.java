package dev.leaseport.adapters.persistence.charge;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the charges table refuses whoever writes (here a superuser, past every grant and policy):
 * another currency or owner than the lease's, a second rent charge for a period, a second late fee
 * for a charge, amounts that do not add up.
 */
class ChargeConstraintsTest extends ChargeTest {
  private static final LocalDate JANUARY = LocalDate.of(2030, 1, 1);
  private UUID lease;

  @BeforeEach
  void anActiveLease() {
    lease = activeLease(JANUARY, LocalDate.of(2030, 12, 31), 150000, 1);
  }

  @Test
  void aChargeInAnotherCurrencyThanItsLeasesIsRefused() {
    assertRefused(
        "insert into leaseport.charges (owner_id, lease_id, currency, kind, description, amount,"
            + " due_date) select owner_id, id, 'eur', 'OTHER', 'Keys', 1000, start_date"
            + " from leaseport.leases where id = ?",
        "23503",
        lease);
  }

  @Test
  void aChargeNamingAnotherOwnerThanItsLeasesIsRefused() {
    UUID otherOwner = newOwner().userId();

    assertRefused(
        "insert into leaseport.charges (owner_id, lease_id, currency, kind, description, amount,"
            + " due_date) select ?, id, currency, 'OTHER', 'Keys', 1000, start_date"
            + " from leaseport.leases where id = ?",
        "23503",
        otherOwner,
        lease);
  }

  @Test
  void aSecondRentChargeForTheSamePeriodIsRefused() {
    rentCharge(lease, JANUARY, 150000);

    assertThatThrownBy(() -> rentCharge(lease, JANUARY, 150000))
        .isInstanceOfSatisfying(
            DataAccessException.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.sqlState()).isEqualTo("23505"));
  }

  @Test
  void aSecondLateFeeForTheSameChargeIsRefused() {
    UUID rent = rentCharge(lease, JANUARY, 150000);
    String lateFee =
        "insert into leaseport.charges (owner_id, lease_id, currency, kind, parent_charge_id,"
            + " description, amount, due_date) select owner_id, lease_id, currency, 'LATE_FEE',"
            + " id, 'Late fee', 5000, due_date + 6 from leaseport.charges where id = ?";
    database().superuser().execute(lateFee, rent);

    assertRefused(lateFee, "23505", rent);
  }

  @Test
  void aLateFeeForAnotherLeasesChargeIsRefused() {
    UUID otherLease = activeLease(JANUARY, LocalDate.of(2030, 12, 31), 150000, 1);
    UUID rentOfTheOther = rentCharge(otherLease, JANUARY, 150000);

    assertRefused(
        "insert into leaseport.charges (owner_id, lease_id, currency, kind, parent_charge_id,"
            + " description, amount, due_date) select owner_id, ?, currency, 'LATE_FEE', id,"
            + " 'Late fee', 5000, due_date + 6 from leaseport.charges where id = ?",
        "23503",
        lease,
        rentOfTheOther);
  }

  @Test
  void aRentChargeNeedsItsPeriod() {
    assertRefused(
        "insert into leaseport.charges (owner_id, lease_id, currency, kind, description, amount,"
            + " due_date) select owner_id, id, currency, 'RENT', 'Rent', 1000, start_date"
            + " from leaseport.leases where id = ?",
        "23514",
        lease);
  }

  @Test
  void aChargeIsPaidExactlyWhenItsBalanceIsZero() {
    UUID rent = rentCharge(lease, JANUARY, 150000);

    assertRefused(
        "update leaseport.charges set amount_paid = 100000 , status = 'PAID' where id = ?",
        "23514",
        rent);
    assertRefused("update leaseport.charges set amount_paid = 150000 where id = ?", "23514", rent);
  }

  @Test
  void nothingIsRefundedBeyondWhatWasPaidNorPaidBeyondTheAmount() {
    UUID rent = rentCharge(lease, JANUARY, 150000);

    assertRefused("update leaseport.charges set amount_refunded = 1 where id = ?", "23514", rent);
    assertRefused(
        "update leaseport.charges set amount_paid = 150001, status = 'PAID' where id = ?",
        "23514",
        rent);
    assertRefused(
        "update leaseport.charges set amount_pending = 150001 where id = ?", "23514", rent);
  }

  @Test
  void aVoidChargeHadNoPayment() {
    UUID rent = rentCharge(lease, JANUARY, 150000);

    assertRefused(
        "update leaseport.charges set status = 'VOID', voided_at = now(), amount_pending = 100"
            + " where id = ?",
        "23514",
        rent);
    assertRefused("update leaseport.charges set status = 'VOID' where id = ?", "23514", rent);
  }

  private void assertRefused(String sql, String sqlState, Object... bindings) {
    assertThatThrownBy(() -> database().superuser().execute(sql, bindings))
        .isInstanceOfSatisfying(
            DataAccessException.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.sqlState()).isEqualTo(sqlState));
  }
}
