package dev.leaseport.adapters.persistence.charge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.jooq.leaseport.Routines;
import dev.leaseport.domain.charge.Charge;
import dev.leaseport.domain.charge.ChargeFilter;
import dev.leaseport.domain.charge.ChargeKind;
import dev.leaseport.domain.charge.ChargeSortField;
import dev.leaseport.domain.charge.ChargeStatus;
import dev.leaseport.domain.charge.NewCharge;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.ValidationException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The owner's charge actions (add_charge, void_charge) and reads under RLS: the owner and the
 * lease's renter see the lease's charges; another owner or renter sees nothing.
 */
class ChargeRepositoryTest extends ChargeTest {
  private static final LocalDate JANUARY = LocalDate.of(2030, 1, 1);
  private final JooqChargeRepository charges = new JooqChargeRepository(transactions);
  private UUID lease;

  @BeforeEach
  void anActiveLease() {
    lease = activeLease(JANUARY, LocalDate.of(2030, 12, 31), 150000, 1);
  }

  @Test
  void anOwnerAddsAnOtherChargeInTheLeasesCurrencyAndTheRenterIsNotified() {
    Charge charge = add(owner, lease, "  Replacement key ", 2500);

    assertThat(charge.kind()).isEqualTo(ChargeKind.OTHER);
    assertThat(charge.description()).isEqualTo("Replacement key");
    assertThat(charge.amount()).isEqualTo(new Money(2500, "usd"));
    assertThat(charge.balance()).isEqualTo(new Money(2500, "usd"));
    assertThat(charge.status()).isEqualTo(ChargeStatus.OPEN);
    assertThat(notificationsOf(renter, "CHARGE_CREATED")).isEqualTo(1);
  }

  @Test
  void anotherCurrencyThanTheLeasesIsAFieldError() {
    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        charges.add(lease, new NewCharge("Keys", new Money(2500, "eur"), JANUARY))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("amount.currency"));
  }

  @Test
  void noChargeOnADraftLease() {
    UUID draft = lease(owner, property, tenant, "DRAFT", JANUARY, JANUARY.plusYears(1), 1000, 1, 0);

    assertThatThrownBy(() -> add(owner, draft, "Keys", 2500))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("lease-state-conflict"));
  }

  @Test
  void anotherOwnerOrARenterCannotAddAChargeToTheLease() {
    Caller otherOwner = newOwner();

    assertThatThrownBy(() -> add(otherOwner, lease, "Keys", 2500))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> add(renter, lease, "Keys", 2500))
        .isInstanceOf(NotFoundException.class);
    assertThat(database().count("select count(*) from leaseport.charges")).isZero();
  }

  @Test
  void theOwnerVoidsAnUnpaidChargeAndItsLateFee() {
    UUID rent = rentCharge(lease, JANUARY, 150000);
    database()
        .superuser()
        .execute(
            "insert into leaseport.charges (owner_id, lease_id, currency, kind, parent_charge_id,"
                + " description, amount, due_date) select owner_id, lease_id, currency,"
                + " 'LATE_FEE', id, 'Late fee', 5000, due_date + 6 from leaseport.charges"
                + " where id = ?",
            rent);

    as(
        owner,
        () -> {
          charges.voidCharge(rent);
          return null;
        });

    assertThat(chargesOf(lease))
        .containsExactly(
            "RENT 2030-01-01..2030-01-31 150000 due 2030-01-01 VOID",
            "LATE_FEE 5000 due 2030-01-07 VOID");
  }

  @Test
  void aChargeWithAPaymentOrNotOpenCannotBeVoided() {
    UUID pending = rentCharge(lease, JANUARY, 150000);
    UUID partlyPaid = rentCharge(lease, JANUARY.plusMonths(1), 150000);
    UUID paid = rentCharge(lease, JANUARY.plusMonths(2), 150000);
    var sql = database().superuser();
    sql.execute("update leaseport.charges set amount_pending = 100 where id = ?", pending);
    sql.execute("update leaseport.charges set amount_paid = 100 where id = ?", partlyPaid);
    sql.execute(
        "update leaseport.charges set amount_paid = amount, status = 'PAID' where id = ?", paid);

    for (UUID charge : new UUID[] {pending, partlyPaid, paid}) {
      assertThatThrownBy(() -> voidAs(owner, charge))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("charge-state-conflict"));
    }
    assertThat(database().count("select count(*) from leaseport.charges where status = 'VOID'"))
        .isZero();
  }

  @Test
  void onlyItsOwnerVoidsACharge() {
    UUID rent = rentCharge(lease, JANUARY, 150000);

    assertThatThrownBy(() -> voidAs(newOwner(), rent)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> voidAs(renter, rent)).isInstanceOf(NotFoundException.class);
    assertThat(chargesOf(lease)).first().asString().endsWith("OPEN");
  }

  @Test
  void theOwnerAndTheLeasesRenterReadTheChargeAndNobodyElse() {
    UUID rent = rentCharge(lease, JANUARY, 150000);
    Caller otherOwner = newOwner();
    Caller otherRenter = newTenant();
    tenantRecordOf(otherOwner, otherRenter, "other@example.test");

    assertThat(as(owner, () -> charges.findById(rent))).isPresent();
    assertThat(as(renter, () -> charges.findById(rent))).isPresent();
    assertThat(as(otherOwner, () -> charges.findById(rent))).isEmpty();
    assertThat(as(otherRenter, () -> charges.findById(rent))).isEmpty();
    assertThat(
            as(otherRenter, () -> charges.list(ChargeFilter.none(), byDueDate(), page())).total())
        .isZero();
  }

  @Test
  void listsFilterAndCountTheTrueTotalInOneStatement() {
    for (int month = 0; month < 5; month++) {
      rentCharge(lease, JANUARY.plusMonths(month), 150000);
    }
    add(owner, lease, "Keys", 2500);
    ChargeFilter rentDueFromFebruaryToApril =
        new ChargeFilter(
            Optional.of(lease),
            Optional.of(ChargeStatus.OPEN),
            Optional.of(ChargeKind.RENT),
            Optional.of(JANUARY.plusMonths(1)),
            Optional.of(JANUARY.plusMonths(3)));
    AtomicInteger statements = new AtomicInteger();

    Page<Charge> firstTwo =
        countingStatements(
            renter,
            statements,
            () -> charges.list(rentDueFromFebruaryToApril, byDueDate(), new PageRequest(2, 0)));

    assertThat(firstTwo.total()).isEqualTo(3);
    assertThat(firstTwo.items())
        .extracting(Charge::dueDate)
        .containsExactly(JANUARY.plusMonths(1), JANUARY.plusMonths(2));
    // The tier's one set-up statement, then one query carrying the page and the total.
    assertThat(statements.get()).isEqualTo(2);
  }

  @Test
  void terminatingALeaseVoidsLaterUnpaidRentAndCutsTheCurrentPeriodToItsDays() {
    rentCharge(lease, LocalDate.of(2030, 3, 1), 310000);
    rentCharge(lease, LocalDate.of(2030, 4, 1), 310000);
    UUID mayPaid = rentCharge(lease, LocalDate.of(2030, 5, 1), 310000);
    database()
        .superuser()
        .execute("update leaseport.charges set amount_paid = 1000 where id = ?", mayPaid);

    as(
        owner,
        () -> {
          Routines.terminateLease(
              transactions.dsl().configuration(), lease, LocalDate.of(2030, 3, 10), "Moving");
          return null;
        });

    // The lease's rent is 150000: March 1..10 is 10 of 31 days.
    assertThat(chargesOf(lease))
        .containsExactly(
            "RENT 2030-03-01..2030-03-10 48387 due 2030-03-01 OPEN",
            "RENT 2030-04-01..2030-04-30 310000 due 2030-04-01 VOID",
            "RENT 2030-05-01..2030-05-31 310000 due 2030-05-01 OPEN");
  }

  private Charge add(Caller caller, UUID lease, String description, long amount) {
    return as(
        caller,
        () -> {
          UUID id =
              charges.add(lease, new NewCharge(description, new Money(amount, "usd"), JANUARY));
          return charges.findById(id).orElseThrow();
        });
  }

  private Object voidAs(Caller caller, UUID charge) {
    return as(
        caller,
        () -> {
          charges.voidCharge(charge);
          return null;
        });
  }

  private static Sort<ChargeSortField> byDueDate() {
    return Sort.ascending(ChargeSortField.DUE_DATE);
  }

  private static PageRequest page() {
    return new PageRequest(20, 0);
  }
}
