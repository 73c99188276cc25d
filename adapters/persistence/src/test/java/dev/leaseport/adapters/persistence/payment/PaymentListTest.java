package dev.leaseport.adapters.persistence.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.payment.Payment;
import dev.leaseport.domain.payment.PaymentFilter;
import dev.leaseport.domain.payment.PaymentSortField;
import dev.leaseport.domain.payment.PaymentStatus;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Payment lists: the true total, the filters, and one statement whatever the page size. */
class PaymentListTest extends PaymentTest {
  private static final Sort<PaymentSortField> NEWEST =
      new Sort<>(PaymentSortField.CREATED_AT, Direction.DESCENDING);

  /** Five failed attempts on five charges of the lease, and one PENDING payment. */
  @BeforeEach
  void sixPayments() {
    for (int i = 0; i < 5; i++) {
      UUID other = otherCharge(i);
      database()
          .superuser()
          .execute(
              "insert into leaseport.payments (owner_id, charge_id, lease_id, payer_id, amount,"
                  + " currency, application_fee_amount, status, failure_code) values (?, ?, ?, ?,"
                  + " 1000, 'usd', 0, 'FAILED', 'card_declined')",
              owner.userId(),
              other,
              lease,
              renter.userId());
    }
    as(renter, () -> payments.start(charge, FEE));
  }

  @Test
  void theTotalIsTrueAndTheStatementsDoNotGrowWithThePage() {
    AtomicInteger small = new AtomicInteger();
    AtomicInteger large = new AtomicInteger();

    Page<Payment> two =
        countingStatements(
            owner, small, () -> payments.list(PaymentFilter.none(), NEWEST, new PageRequest(2, 0)));
    Page<Payment> all =
        countingStatements(
            owner,
            large,
            () -> payments.list(PaymentFilter.none(), NEWEST, new PageRequest(100, 0)));

    assertThat(two.total()).isEqualTo(6);
    assertThat(two.items()).hasSize(2);
    assertThat(all.items()).hasSize(6);
    assertThat(large.get()).isEqualTo(small.get());
  }

  @Test
  void filtersNarrowAndOthersSeeNothing() {
    Page<Payment> failed =
        as(
            renter,
            () ->
                payments.list(
                    new PaymentFilter(
                        Optional.empty(), Optional.of(lease), Optional.of(PaymentStatus.FAILED)),
                    NEWEST,
                    new PageRequest(20, 0)));
    Page<Payment> ofCharge =
        as(
            owner,
            () ->
                payments.list(
                    new PaymentFilter(Optional.of(charge), Optional.empty(), Optional.empty()),
                    NEWEST,
                    new PageRequest(20, 0)));
    Caller stranger = newOwner();

    assertThat(failed.total()).isEqualTo(5);
    assertThat(ofCharge.total()).isEqualTo(1);
    assertThat(
            as(stranger, () -> payments.list(PaymentFilter.none(), NEWEST, new PageRequest(20, 0)))
                .total())
        .isZero();
    assertThat(
            as(
                    newTenant(),
                    () -> payments.list(PaymentFilter.none(), NEWEST, new PageRequest(20, 0)))
                .total())
        .isZero();
  }

  private UUID otherCharge(int i) {
    return database()
        .superuser()
        .fetchSingle(
            "insert into leaseport.charges (owner_id, lease_id, currency, kind, description,"
                + " amount, due_date) values (?, ?, 'usd', 'OTHER', ?, 1000, '2030-03-01')"
                + " returning id",
            owner.userId(),
            lease,
            "Extra " + i)
        .get(0, UUID.class);
  }
}
