package dev.leaseport.adapters.persistence.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.support.CallTimer;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.dashboard.ExpiringLeases;
import dev.leaseport.domain.dashboard.MonthCollection;
import dev.leaseport.domain.dashboard.OverdueCharges;
import dev.leaseport.domain.dashboard.OwnerDashboard;
import dev.leaseport.domain.dashboard.RentRoll;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.maintenance.MaintenancePriority;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard of an owner with two currencies, a lease that ended mid-month, partly paid,
 * refunded, in-flight and overdue charges and maintenance of each priority, next to another owner's
 * rows: exact figures from one statement, under the caller's own row-level security. The day is
 * 2030-03-15, so the month is March 2030 and the 30/60/90-day limits are 04-14, 05-14 and 06-13.
 */
class OwnerDashboardTest extends DatabaseTest {
  private static final LocalDate AS_OF = LocalDate.of(2030, 3, 15);

  private final JooqOwnerDashboardRepository dashboards =
      new JooqOwnerDashboardRepository(transactions, CallTimer.UNTIMED);

  private Caller ownerA;
  private Caller ownerB;

  @BeforeEach
  void twoOwnersWithMoneyLeasesAndMaintenance() {
    ownerA = newOwner();
    ownerB = newOwner();
    Caller renter = newTenant();
    seedOwnerA(new PortfolioRows(database(), ownerA), renter);
    seedOwnerB(new PortfolioRows(database(), ownerB));
  }

  private static void seedOwnerA(PortfolioRows a, Caller renter) {
    var elm = a.property("Elm Court", "ACTIVE");
    var quai = a.property("Quai Nord", "ACTIVE");
    var mill = a.property("Old Mill", "ARCHIVED"); // out of the portfolio, units and all
    a.unit(mill, "M1", "usd");
    var u1 = a.unit(elm, "1A", "usd");
    var u2 = a.unit(elm, "1B", "usd");
    var u3 = a.unit(elm, "1C", "usd");
    var u6 = a.unit(elm, "1D", "usd");
    var u4 = a.unit(quai, "N1", "eur");
    var u7 = a.unit(quai, "N2", "eur");

    // In force on the day: ending exactly 60, 30 and 90 days later, and at the year's end.
    var l1 = a.lease(u1, "ACTIVE", "2029-05-15", "2030-05-14", 150_000, "usd");
    var l6 = a.lease(u6, "ACTIVE", "2029-04-15", "2030-04-14", 100_000, "usd");
    var l3 = a.lease(u4, "ACTIVE", "2029-06-14", "2030-06-13", 99_000, "eur");
    var l7 = a.lease(u7, "ACTIVE", "2030-01-01", "2030-12-31", 80_000, "eur");
    // Ended mid-month, before the day (the daily job has not run): charged, but not occupying.
    var l2 = a.lease(u2, "ACTIVE", "2029-09-01", "2030-03-10", 120_000, "usd");
    // Not in force on the day: starts tomorrow, ended long ago, a draft.
    a.lease(u3, "ACTIVE", "2030-03-16", "2031-03-15", 95_000, "usd");
    a.lease(u3, "ENDED", "2028-01-01", "2028-12-31", 90_000, "usd");
    a.lease(u3, "DRAFT", "2031-04-01", "2032-03-31", 95_000, "usd");

    // March in usd: paid, partly paid, prorated and partly refunded, due later in the month,
    // due on the day, a late fee due on the month's last day, and a voided one.
    a.rent(l1, "usd", 150_000, "2030-03-01", 150_000, 0);
    var partlyPaid = a.rent(l6, "usd", 100_000, "2030-03-01", 40_000, 0);
    var prorated = a.rent(l2, "usd", 38_710, "2030-03-01", 38_710, 10_000);
    var refunded = a.payment(prorated, l2, renter, 38_710, "usd", "SUCCEEDED");
    a.refund(refunded, 10_000, "usd");
    a.charge(l1, "usd", "OTHER", null, 5_000, "2030-03-20", 0, 0, 0);
    a.charge(l6, "usd", "OTHER", null, 1_500, "2030-03-15", 0, 0, 0);
    a.charge(l6, "usd", "LATE_FEE", partlyPaid, 5_000, "2030-03-31", 0, 0, 0);
    a.voidedCharge(l6, "usd", 2_000, "2030-03-05");
    // Other months in usd: January paid, February still owed, April not due yet.
    a.rent(l1, "usd", 150_000, "2030-01-01", 150_000, 0);
    a.rent(l1, "usd", 150_000, "2030-02-01", 0, 0);
    a.rent(l1, "usd", 150_000, "2030-04-01", 0, 0);

    // eur: March paid, March settling by bank debit (still owed), February paid then refunded.
    a.rent(l7, "eur", 80_000, "2030-03-01", 80_000, 0);
    var settling = a.charge(l3, "eur", "RENT", null, 99_000, "2030-03-05", 0, 0, 99_000);
    a.payment(settling, l3, renter, 99_000, "eur", "PROCESSING");
    var february = a.rent(l7, "eur", 80_000, "2030-02-01", 80_000, 80_000);
    a.refund(a.payment(february, l7, renter, 80_000, "eur", "SUCCEEDED"), 80_000, "eur");

    a.maintenance(u1, "LOW", "OPEN");
    a.maintenance(u1, "HIGH", "IN_PROGRESS");
    a.maintenance(u6, "HIGH", "ON_HOLD");
    a.maintenance(u4, "URGENT", "OPEN");
    a.maintenance(u7, "MEDIUM", "COMPLETED");
    a.maintenance(u7, "LOW", "CANCELLED");
  }

  private static void seedOwnerB(PortfolioRows b) {
    var unit = b.unit(b.property("Oak House", "ACTIVE"), "B1", "usd");
    var lease = b.lease(unit, "ACTIVE", "2030-01-01", "2030-04-01", 70_000, "usd");
    b.rent(lease, "usd", 70_000, "2030-03-01", 0, 0);
    b.maintenance(unit, "MEDIUM", "OPEN");
  }

  @Test
  void theOwnersDashboardHasExactlyTheirFiguresForTheDay() {
    OwnerDashboard dashboard = as(ownerA, () -> dashboards.asOf(AS_OF));

    assertThat(dashboard)
        .isEqualTo(
            new OwnerDashboard(
                AS_OF,
                LocalDate.of(2030, 3, 1),
                LocalDate.of(2030, 3, 31),
                2,
                6,
                4,
                2,
                new BigDecimal("0.6667"),
                List.of(
                    new RentRoll(2, new Money(179_000, "eur")),
                    new RentRoll(2, new Money(250_000, "usd"))),
                List.of(
                    month(179_000, 80_000, 99_000, "eur"), month(300_210, 218_710, 81_500, "usd")),
                List.of(
                    new OverdueCharges(2, new Money(179_000, "eur")),
                    new OverdueCharges(3, new Money(220_000, "usd"))),
                priorities(1, 0, 2, 1),
                new ExpiringLeases(1, 2, 3)));
  }

  @Test
  void eachMonthsChargedIsWhatWasCollectedPlusWhatIsOutstanding() {
    for (MonthCollection month : as(ownerA, () -> dashboards.asOf(AS_OF)).thisMonth()) {
      assertThat(month.collected().amount() + month.outstanding().amount())
          .as(month.currency())
          .isEqualTo(month.charged().amount());
    }
  }

  @Test
  void aMonthWithoutChargesHasNoMonthFiguresWhileOlderChargesStayOverdue() {
    OwnerDashboard dashboard = as(ownerA, () -> dashboards.asOf(LocalDate.of(2031, 1, 15)));

    assertThat(dashboard.monthStart()).isEqualTo(LocalDate.of(2031, 1, 1));
    assertThat(dashboard.monthEnd()).isEqualTo(LocalDate.of(2031, 1, 31));
    assertThat(dashboard.thisMonth()).isEmpty();
    // Only the lease that started on 2030-03-16 is in force, ending 59 days later.
    assertThat(dashboard.occupiedUnits()).isEqualTo(1);
    assertThat(dashboard.vacantUnits()).isEqualTo(5);
    assertThat(dashboard.occupancyRate()).isEqualByComparingTo("0.1667");
    assertThat(dashboard.rentRoll()).containsExactly(new RentRoll(1, new Money(95_000, "usd")));
    assertThat(dashboard.expiringLeases()).isEqualTo(new ExpiringLeases(0, 1, 1));
    // Every OPEN charge is due before the day now, April's rent and March's late ones included.
    assertThat(dashboard.overdue())
        .containsExactly(
            new OverdueCharges(2, new Money(179_000, "eur")),
            new OverdueCharges(7, new Money(381_500, "usd")));
  }

  @Test
  void anOwnerWithNothingYetHasZeroCountsEveryPriorityAtZeroAndNoMoney() {
    Caller newcomer = newOwner();

    OwnerDashboard dashboard = as(newcomer, () -> dashboards.asOf(AS_OF));

    assertThat(dashboard)
        .isEqualTo(
            new OwnerDashboard(
                AS_OF,
                LocalDate.of(2030, 3, 1),
                LocalDate.of(2030, 3, 31),
                0,
                0,
                0,
                0,
                new BigDecimal("0.0000"),
                List.of(),
                List.of(),
                List.of(),
                priorities(0, 0, 0, 0),
                new ExpiringLeases(0, 0, 0)));
  }

  @Test
  void anotherOwnerSeesOnlyTheirOwnRowsInTheSameDatabase() {
    OwnerDashboard dashboard = as(ownerB, () -> dashboards.asOf(AS_OF));

    assertThat(dashboard)
        .isEqualTo(
            new OwnerDashboard(
                AS_OF,
                LocalDate.of(2030, 3, 1),
                LocalDate.of(2030, 3, 31),
                1,
                1,
                1,
                0,
                new BigDecimal("1.0000"),
                List.of(new RentRoll(1, new Money(70_000, "usd"))),
                List.of(month(70_000, 0, 70_000, "usd")),
                List.of(new OverdueCharges(1, new Money(70_000, "usd"))),
                priorities(0, 1, 0, 0),
                new ExpiringLeases(1, 1, 1)));
  }

  @Test
  void theDashboardIsOneStatementWhateverThePortfolio() {
    List<Integer> counts = new ArrayList<>();
    for (Caller owner : List.of(ownerA, ownerB, newOwner())) {
      AtomicInteger statements = new AtomicInteger();
      countingStatements(owner, statements, () -> dashboards.asOf(AS_OF));
      counts.add(statements.get());
    }

    assertThat(counts).containsExactly(2, 2, 2); // the tier's set-up, then the one function call
  }

  @Test
  void theCallIsTimedUnderTheNameDashboard() {
    List<String> timed = new ArrayList<>();
    CallTimer recording =
        new CallTimer() {
          @Override
          public <T> T time(String name, Supplier<T> call) {
            timed.add(name);
            return call.get();
          }
        };

    as(ownerA, () -> new JooqOwnerDashboardRepository(transactions, recording).asOf(AS_OF));

    assertThat(timed).containsExactly("dashboard");
  }

  @Test
  void aRenterOrAnAdminHasNoDashboardEvenCallingTheFunctionDirectly() {
    assertThatThrownBy(() -> as(newTenant(), () -> dashboards.asOf(AS_OF)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(provisioned(UserType.ADMIN), () -> dashboards.asOf(AS_OF)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void onlyTheUserTierMayExecuteTheDashboardNeverTheSystemTier() {
    var sql = database().superuser();
    String query = "select has_function_privilege(?, 'leaseport.owner_dashboard(date)', 'EXECUTE')";
    String definer =
        "select prosecdef from pg_proc where oid = 'leaseport.owner_dashboard(date)'::regprocedure";

    assertThat(sql.fetchSingle(query, "authenticated").get(0, Boolean.class)).isTrue();
    assertThat(sql.fetchSingle(query, "service_role").get(0, Boolean.class)).isFalse();
    assertThat(sql.fetchSingle(definer).get(0, Boolean.class)).as("SECURITY DEFINER").isFalse();
  }

  private static MonthCollection month(
      long charged, long collected, long outstanding, String currency) {
    return new MonthCollection(
        new Money(charged, currency),
        new Money(collected, currency),
        new Money(outstanding, currency));
  }

  private static Map<MaintenancePriority, Long> priorities(
      long low, long medium, long high, long urgent) {
    return Map.of(
        MaintenancePriority.LOW,
        low,
        MaintenancePriority.MEDIUM,
        medium,
        MaintenancePriority.HIGH,
        high,
        MaintenancePriority.URGENT,
        urgent);
  }
}
