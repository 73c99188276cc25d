package dev.leaseport.adapters.persistence.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.support.CallTimer;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.analytics.MonthRange;
import dev.leaseport.domain.analytics.Report;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every report of an owner with leases in two currencies, computed by its one function call under
 * the owner's row-level security, against figures worked out by hand from the seeded rows. A second
 * owner's rows (bigger amounts, a third currency) sit in the same database and must never show.
 */
class AnalyticsReportsTest extends DatabaseTest {
  private static final MonthRange JANUARY_TO_APRIL_2030 =
      new MonthRange(YearMonth.of(2030, 1), YearMonth.of(2030, 4));

  private final JooqAnalyticsRepository analytics =
      new JooqAnalyticsRepository(transactions, CallTimer.UNTIMED);
  private AnalyticsRows rows;

  private Caller owner;
  private Caller otherOwner;
  private UUID property;
  private UUID usdUnit;
  private UUID eurUnit;
  private UUID ada;
  private UUID usdLease;
  private UUID eurLease;
  private UUID rentJanuary;
  private UUID rentFebruary;
  private UUID voided;
  private UUID paidJanuary;
  private UUID failedFebruary;
  private UUID othersTenant;

  /**
   * The owner: a usd lease for 2030 and a eur lease that ENDED mid-March, both from January. In
   * January both rents are charged and paid (fees 1000 and 800; the eur payment at 23:30 UTC on the
   * 31st), a usd charge is voided; in February the usd rent is charged and a payment of it fails,
   * and 20000 of January's usd payment is refunded (a second refund failed); expenses of 1500 eur
   * in January and 3000 usd in February. March and April have no money at all.
   */
  @BeforeEach
  void anOwnerWithTwoCurrenciesAndAnotherOwner() {
    rows = new AnalyticsRows(database());
    owner = newOwner();
    otherOwner = newOwner();
    property = rows.property(owner, "Elm Court");
    usdUnit = rows.unit(owner, property, "1A", "usd", "2029-12-01T00:00:00Z");
    eurUnit = rows.unit(owner, property, "1B", "eur", "2029-12-01T00:00:00Z");
    ada = rows.tenant(owner, "Ada", "Lovelace");
    UUID bo = rows.tenant(owner, "Bo", "Diddley");
    usdLease =
        rows.lease(owner, usdUnit, ada, "2030-01-01", "2030-12-31", 100_000, "usd", "ACTIVE");
    eurLease = rows.lease(owner, eurUnit, bo, "2030-01-01", "2030-03-15", 80_000, "eur", "ENDED");

    rentJanuary =
        rows.charge(owner, usdLease, "usd", 100_000, "2030-01-01", 100_000, 20_000, false);
    rentFebruary = rows.charge(owner, usdLease, "usd", 100_000, "2030-02-01", 0, 0, false);
    voided = rows.charge(owner, usdLease, "usd", 5_000, "2030-01-15", 0, 0, true);
    UUID eurJanuary = rows.charge(owner, eurLease, "eur", 80_000, "2030-01-01", 80_000, 0, false);
    paidJanuary =
        rows.payment(
            owner,
            rentJanuary,
            usdLease,
            100_000,
            "usd",
            1_000,
            "SUCCEEDED",
            20_000,
            "2030-01-03T10:00:00Z");
    failedFebruary =
        rows.payment(
            owner,
            rentFebruary,
            usdLease,
            100_000,
            "usd",
            1_000,
            "FAILED",
            0,
            "2030-02-02T10:00:00Z");
    rows.payment(
        owner, eurJanuary, eurLease, 80_000, "eur", 800, "SUCCEEDED", 0, "2030-01-31T23:30:00Z");
    rows.refund(owner, paidJanuary, 20_000, "usd", "SUBMITTED", "2030-02-10T09:00:00Z");
    rows.refund(owner, paidJanuary, 5_000, "usd", "FAILED", "2030-02-11T09:00:00Z");
    rows.expense(owner, property, 1_500, "eur", "2030-01-20");
    rows.expense(owner, property, 3_000, "usd", "2030-02-15");

    // The other owner: larger sums in the same months, and a currency the owner never used.
    UUID othersProperty = rows.property(otherOwner, "Oak House");
    UUID othersUnit = rows.unit(otherOwner, othersProperty, "9", "usd", "2029-01-01T00:00:00Z");
    othersTenant = rows.tenant(otherOwner, "Cy", "Other");
    UUID othersLease =
        rows.lease(
            otherOwner,
            othersUnit,
            othersTenant,
            "2030-01-01",
            "2030-04-30",
            999_999,
            "usd",
            "ACTIVE");
    UUID othersCharge =
        rows.charge(otherOwner, othersLease, "usd", 999_999, "2030-01-01", 999_999, 0, false);
    rows.payment(
        otherOwner,
        othersCharge,
        othersLease,
        999_999,
        "usd",
        9_999,
        "SUCCEEDED",
        0,
        "2030-01-05T00:00:00Z");
    rows.expense(otherOwner, othersProperty, 7_777, "gbp", "2030-01-05");
    rows.maintenance(
        otherOwner,
        othersUnit,
        "PEST",
        "URGENT",
        "COMPLETED",
        99_999L,
        "gbp",
        "2030-01-01T00:00:00Z",
        "2030-03-01T00:00:00Z");
  }

  @Test
  void revenueHasEveryMonthWithEveryCurrencyAndRefundsInTheMonthTheyWereMade() {
    Report revenue = as(owner, () -> analytics.revenue(JANUARY_TO_APRIL_2030));

    assertThat(rows.at(revenue, "from")).isEqualTo("\"2030-01\"");
    assertThat(rows.at(revenue, "to")).isEqualTo("\"2030-04\"");
    assertThat(rows.at(revenue, "months,0"))
        .isEqualTo(
            rows.json(
                "{\"month\": \"2030-01\", \"currencies\": ["
                    + money("eur", 80_000, 80_000, 0, 800, 1_500, 77_700)
                    + ", "
                    + money("usd", 100_000, 100_000, 0, 1_000, 0, 99_000)
                    + "]}"));
    // The refund of January's payment counts in February, when it was made.
    assertThat(rows.at(revenue, "months,1"))
        .isEqualTo(
            rows.json(
                "{\"month\": \"2030-02\", \"currencies\": ["
                    + money("eur", 0, 0, 0, 0, 0, 0)
                    + ", "
                    + money("usd", 100_000, 0, 20_000, 0, 3_000, -23_000)
                    + "]}"));
    for (String month : List.of("2030-03", "2030-04")) {
      int index = Integer.parseInt(month.substring(6)) - 1;
      assertThat(rows.at(revenue, "months," + index))
          .isEqualTo(
              rows.json(
                  "{\"month\": \""
                      + month
                      + "\", \"currencies\": ["
                      + money("eur", 0, 0, 0, 0, 0, 0)
                      + ", "
                      + money("usd", 0, 0, 0, 0, 0, 0)
                      + "]}"));
    }
    assertThat(rows.at(revenue, "months,4")).isNull();
    assertThat(rows.at(revenue, "totals"))
        .isEqualTo(
            rows.json(
                "["
                    + money("eur", 80_000, 80_000, 0, 800, 1_500, 77_700)
                    + ", "
                    + money("usd", 200_000, 100_000, 20_000, 1_000, 3_000, 76_000)
                    + "]"));
  }

  @Test
  void aMonthBeforeTheRefundShowsThePaymentWhole() {
    Report january =
        as(
            owner,
            () -> analytics.revenue(new MonthRange(YearMonth.of(2030, 1), YearMonth.of(2030, 1))));

    assertThat(rows.at(january, "totals"))
        .isEqualTo(
            rows.json(
                "["
                    + money("eur", 80_000, 80_000, 0, 800, 1_500, 77_700)
                    + ", "
                    + money("usd", 100_000, 100_000, 0, 1_000, 0, 99_000)
                    + "]"));
  }

  @Test
  void theOtherOwnerSeesOnlyTheirOwnMoneyInTheirOwnCurrencies() {
    Report revenue = as(otherOwner, () -> analytics.revenue(JANUARY_TO_APRIL_2030));

    assertThat(rows.at(revenue, "totals"))
        .isEqualTo(
            rows.json(
                "["
                    + money("gbp", 0, 0, 0, 0, 7_777, -7_777)
                    + ", "
                    + money("usd", 999_999, 999_999, 0, 9_999, 0, 990_000)
                    + "]"));
  }

  @Test
  void anEmptyPortfolioHasEveryMonthAndNoCurrencyNotZerosInAMadeUpOne() {
    Caller newcomer = newOwner();
    rows.unit(newcomer, rows.property(newcomer, "Empty"), "1", "usd", "2030-01-01T00:00:00Z");

    Report revenue = as(newcomer, () -> analytics.revenue(JANUARY_TO_APRIL_2030));

    assertThat(rows.at(revenue, "months"))
        .isEqualTo(
            rows.json(
                "[{\"month\": \"2030-01\", \"currencies\": []},"
                    + " {\"month\": \"2030-02\", \"currencies\": []},"
                    + " {\"month\": \"2030-03\", \"currencies\": []},"
                    + " {\"month\": \"2030-04\", \"currencies\": []}]"));
    assertThat(rows.at(revenue, "totals")).isEqualTo("[]");
  }

  @Test
  void theFunctionRefusesARangeTheApiWouldNot() {
    // The API answers 400 first; the function is the last line of defence for any other caller.
    for (String range :
        List.of("date '2030-01-01', date '2033-01-01'", "date '2030-02-01', date '2030-01-01'")) {
      assertThatThrownBy(
              () ->
                  as(
                      owner,
                      () ->
                          transactions
                              .dsl()
                              .fetchValue("select leaseport.revenue_report(" + range + ")")))
          .as(range)
          .isInstanceOf(ValidationException.class);
    }
    assertThatThrownBy(() -> new MonthRange(YearMonth.of(2030, 1), YearMonth.of(2033, 1)))
        .isInstanceOf(ValidationException.class);
  }

  /**
   * Month-end occupancy, December 2029 to April 2030 measured on 10 April: a third unit comes on 10
   * February and is let from 1 March under a lease terminated with effect from 5 April; the eur
   * lease ENDED on 15 March; a DRAFT lease of the third unit from 6 April does not count.
   */
  @Test
  void occupancyAtEachMonthEndFromLeaseDatesAndStatus() {
    UUID third = rows.unit(owner, property, "1C", "usd", "2030-02-10T12:00:00Z");
    UUID terminated =
        rows.lease(owner, third, ada, "2030-03-01", "2031-02-28", 90_000, "usd", "ACTIVE");
    rows.terminate(terminated, "2030-04-05");
    rows.lease(owner, third, ada, "2030-04-06", "2030-12-31", 90_000, "usd", "DRAFT");

    Report occupancy =
        as(owner, () -> analytics.occupancy(5, Optional.of(LocalDate.parse("2030-04-10"))));

    assertThat(rows.at(occupancy, "asOf")).isEqualTo("\"2030-04-10\"");
    assertThat(rows.at(occupancy, "months"))
        .isEqualTo(
            rows.json(
                "["
                    + occupied("2029-12", "2029-12-31", 2, 0, "0.0000")
                    + ", "
                    + occupied("2030-01", "2030-01-31", 2, 2, "1.0000")
                    + ", "
                    + occupied("2030-02", "2030-02-28", 3, 2, "0.6667")
                    + ", "
                    + occupied("2030-03", "2030-03-31", 3, 2, "0.6667")
                    + ", "
                    + occupied("2030-04", "2030-04-10", 3, 1, "0.3333")
                    + "]"));
  }

  @Test
  void occupancyOfAnOwnerWithoutUnitsHasNoRate() {
    Caller newcomer = newOwner();

    Report occupancy =
        as(newcomer, () -> analytics.occupancy(1, Optional.of(LocalDate.parse("2030-04-10"))));

    assertThat(rows.at(occupancy, "months"))
        .isEqualTo(rows.json("[" + occupied("2030-04", "2030-04-10", 0, 0, "null") + "]"));
  }

  @Test
  void maintenanceCountsEveryValueMeanDaysAndCostPerCurrency() {
    rows.maintenance(
        owner,
        usdUnit,
        "PLUMBING",
        "HIGH",
        "COMPLETED",
        12_000L,
        "usd",
        "2030-01-01T00:00:00Z",
        "2030-01-03T12:00:00Z");
    rows.maintenance(
        owner,
        usdUnit,
        "ELECTRICAL",
        "LOW",
        "COMPLETED",
        3_000L,
        "usd",
        "2030-01-10T00:00:00Z",
        "2030-01-11T00:00:00Z");
    rows.maintenance(
        owner, eurUnit, "HVAC", "URGENT", "OPEN", null, "eur", "2030-02-01T00:00:00Z", null);
    rows.maintenance(
        owner,
        eurUnit,
        "PLUMBING",
        "MEDIUM",
        "CANCELLED",
        500L,
        "eur",
        "2030-02-02T00:00:00Z",
        null);

    Report maintenance = as(owner, analytics::maintenance);

    assertThat(maintenance.json()).isNotNull();
    assertThat(rows.at(maintenance, "total")).isEqualTo("4");
    assertThat(rows.at(maintenance, "byStatus"))
        .isEqualTo(
            rows.json(
                "{\"OPEN\": 1, \"IN_PROGRESS\": 0, \"ON_HOLD\": 0, \"COMPLETED\": 2,"
                    + " \"CANCELLED\": 1}"));
    assertThat(rows.at(maintenance, "byCategory"))
        .isEqualTo(
            rows.json(
                "{\"PLUMBING\": 2, \"ELECTRICAL\": 1, \"HVAC\": 1, \"APPLIANCE\": 0,"
                    + " \"STRUCTURAL\": 0, \"PEST\": 0, \"OTHER\": 0}"));
    assertThat(rows.at(maintenance, "byPriority"))
        .isEqualTo(rows.json("{\"LOW\": 1, \"MEDIUM\": 1, \"HIGH\": 1, \"URGENT\": 1}"));
    // (2.5 days + 1 day) / 2
    assertThat(rows.at(maintenance, "meanDaysToComplete")).isEqualTo("1.75");
    assertThat(rows.at(maintenance, "actualCost"))
        .isEqualTo(
            rows.json(
                "[{\"currency\": \"eur\", \"amount\": 500, \"requests\": 1},"
                    + " {\"currency\": \"usd\", \"amount\": 15000, \"requests\": 2}]"));
  }

  @Test
  void maintenanceOfAnOwnerWithNoRequestsIsAllZerosAndNoMean() {
    Report maintenance = as(owner, analytics::maintenance);

    assertThat(rows.at(maintenance, "total")).isEqualTo("0");
    assertThat(rows.at(maintenance, "byPriority"))
        .isEqualTo(rows.json("{\"LOW\": 0, \"MEDIUM\": 0, \"HIGH\": 0, \"URGENT\": 0}"));
    assertThat(rows.at(maintenance, "meanDaysToComplete")).isEqualTo("null");
    assertThat(rows.at(maintenance, "actualCost")).isEqualTo("[]");
  }

  /**
   * On 15 October 2030 within 90 days (to 13 January 2031): leases ending today, on 31 December and
   * on the window's last day; not the one a day later, nor an ENDED one inside the window.
   */
  @Test
  void expiringLeasesSoonestFirstAPageWithTheTrueTotal() {
    UUID today = expiringLease("2A", "2030-10-15", "ACTIVE");
    UUID lastDay = expiringLease("2B", "2031-01-13", "ACTIVE");
    expiringLease("2C", "2031-01-14", "ACTIVE");
    expiringLease("2D", "2030-11-01", "ENDED");
    Optional<LocalDate> asOf = Optional.of(LocalDate.parse("2030-10-15"));

    Report firstTwo = as(owner, () -> analytics.expiringLeases(90, new PageRequest(2, 0), asOf));
    Report last = as(owner, () -> analytics.expiringLeases(90, new PageRequest(2, 2), asOf));

    assertThat(rows.at(firstTwo, "total")).isEqualTo("3");
    assertThat(rows.at(firstTwo, "limit")).isEqualTo("2");
    assertThat(rows.at(firstTwo, "data,0"))
        .isEqualTo(
            rows.json(
                "{\"leaseId\": \""
                    + today
                    + "\", \"endDate\": \"2030-10-15\", \"daysLeft\": 0,"
                    + " \"rent\": {\"amount\": 70000, \"currency\": \"usd\"},"
                    + " \"unit\": {\"id\": \""
                    + unitOf(today)
                    + "\", \"unitNumber\": \"2A\"},"
                    + " \"property\": {\"id\": \""
                    + property
                    + "\", \"name\": \"Elm Court\"},"
                    + " \"primaryTenant\": {\"id\": \""
                    + ada
                    + "\", \"name\": \"Ada Lovelace\"}}"));
    assertThat(rows.at(firstTwo, "data,1,leaseId")).isEqualTo("\"" + usdLease + "\"");
    assertThat(rows.at(firstTwo, "data,1,daysLeft")).isEqualTo("77");
    assertThat(rows.at(last, "total")).isEqualTo("3");
    assertThat(rows.at(last, "data,0,leaseId")).isEqualTo("\"" + lastDay + "\"");
    assertThat(rows.at(last, "data,0,daysLeft")).isEqualTo("90");
    assertThat(rows.at(last, "data,1")).isNull();
  }

  @Test
  void paymentHistoryOfATenantNewestDueFirstWithPaymentsAndTotals() {
    Report page =
        as(owner, () -> analytics.paymentHistory(ada, new PageRequest(2, 1))).orElseThrow();

    assertThat(rows.at(page, "tenantId")).isEqualTo("\"" + ada + "\"");
    assertThat(rows.at(page, "total")).isEqualTo("3");
    assertThat(rows.at(page, "offset")).isEqualTo("1");
    assertThat(rows.at(page, "totals"))
        .isEqualTo(
            rows.json(
                "[{\"currency\": \"usd\", \"charged\": 200000, \"paid\": 100000,"
                    + " \"refunded\": 20000, \"balance\": 120000}]"));
    assertThat(rows.at(page, "data,0,chargeId")).isEqualTo("\"" + voided + "\"");
    assertThat(rows.at(page, "data,0,balance")).isEqualTo("0");
    assertThat(rows.at(page, "data,1,chargeId")).isEqualTo("\"" + rentJanuary + "\"");
    assertThat(rows.at(page, "data,1,balance")).isEqualTo("20000");
    assertThat(rows.at(page, "data,1,payments,0,paymentId")).isEqualTo("\"" + paidJanuary + "\"");
    assertThat(rows.at(page, "data,1,payments,0,refunded")).isEqualTo("20000");
    assertThat(rows.at(page, "data,1,payments,1")).isNull();
    Report first =
        as(owner, () -> analytics.paymentHistory(ada, new PageRequest(1, 0))).orElseThrow();
    assertThat(rows.at(first, "data,0,chargeId")).isEqualTo("\"" + rentFebruary + "\"");
    assertThat(rows.at(first, "data,0,payments,0,paymentId"))
        .isEqualTo("\"" + failedFebruary + "\"");
    assertThat(rows.at(first, "data,0,payments,0,status")).isEqualTo("\"FAILED\"");
  }

  @Test
  void anotherOwnersTenantAndAnUnknownIdHaveNoHistoryAlike() {
    PageRequest page = new PageRequest(20, 0);

    assertThat(as(owner, () -> analytics.paymentHistory(othersTenant, page))).isEmpty();
    assertThat(as(owner, () -> analytics.paymentHistory(UUID.randomUUID(), page))).isEmpty();
    assertThat(as(otherOwner, () -> analytics.paymentHistory(ada, page))).isEmpty();
  }

  @Test
  void aTenantRecordWithoutLeasesHasAnEmptyHistory() {
    UUID loner = rows.tenant(owner, "Lone", "Renter");

    Report history =
        as(owner, () -> analytics.paymentHistory(loner, new PageRequest(20, 0))).orElseThrow();

    assertThat(rows.at(history, "total")).isEqualTo("0");
    assertThat(rows.at(history, "data")).isEqualTo("[]");
    assertThat(rows.at(history, "totals")).isEqualTo("[]");
  }

  @Test
  void eachReportIsOneStatementAfterTheTiersSetUpWhateverThePortfolio() {
    for (int i = 0; i < 30; i++) {
      UUID unit = rows.unit(owner, property, "X" + i, "usd", "2029-12-01T00:00:00Z");
      rows.lease(owner, unit, ada, "2030-01-01", "2030-06-30", 1_000 + i, "usd", "ACTIVE");
    }
    Optional<LocalDate> asOf = Optional.of(LocalDate.parse("2030-04-10"));
    List<Supplier<Object>> reports =
        List.of(
            () -> analytics.revenue(JANUARY_TO_APRIL_2030),
            () -> analytics.occupancy(12, asOf),
            analytics::maintenance,
            () -> analytics.expiringLeases(365, new PageRequest(100, 0), asOf),
            () -> analytics.paymentHistory(ada, new PageRequest(100, 0)));

    for (Supplier<Object> report : reports) {
      AtomicInteger statements = new AtomicInteger();
      assertThat(countingStatements(owner, statements, report)).isNotNull();
      assertThat(statements).hasValue(2); // the tier's set-up, then the one function call
    }
  }

  @Test
  void aTenantCallingAReportFunctionDirectlyIsRefused() {
    Caller renter = newTenant();

    assertThatThrownBy(() -> as(renter, analytics::maintenance))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(renter, () -> analytics.revenue(JANUARY_TO_APRIL_2030)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void onlyTheUserTierMayExecuteTheReportsNeverTheSystemTier() {
    var sql = database().superuser();
    String query = "select has_function_privilege(?, ?, 'EXECUTE')";
    for (String function :
        List.of(
            "leaseport.revenue_report(date, date)",
            "leaseport.occupancy_report(integer, date)",
            "leaseport.maintenance_report()",
            "leaseport.expiring_leases_report(integer, integer, integer, date)",
            "leaseport.tenant_payment_history(uuid, integer, integer)")) {
      assertThat(sql.fetchSingle(query, "authenticated", function).get(0, Boolean.class))
          .as(function)
          .isTrue();
      assertThat(sql.fetchSingle(query, "service_role", function).get(0, Boolean.class))
          .as(function)
          .isFalse();
    }
  }

  private UUID expiringLease(String unitNumber, String end, String status) {
    UUID unit = rows.unit(owner, property, unitNumber, "usd", "2029-12-01T00:00:00Z");
    return rows.lease(owner, unit, ada, "2030-01-01", end, 70_000, "usd", status);
  }

  private UUID unitOf(UUID lease) {
    return database()
        .superuser()
        .fetchSingle("select unit_id from leaseport.leases where id = ?", lease)
        .get(0, UUID.class);
  }

  private static String money(
      String currency,
      long charged,
      long collected,
      long refunded,
      long fees,
      long expenses,
      long net) {
    return String.format(
        "{\"currency\": \"%s\", \"charged\": %d, \"collected\": %d, \"refunded\": %d,"
            + " \"platformFees\": %d, \"expenses\": %d, \"net\": %d}",
        currency, charged, collected, refunded, fees, expenses, net);
  }

  private static String occupied(String month, String day, int units, int occupied, String rate) {
    return String.format(
        "{\"month\": \"%s\", \"measuredOn\": \"%s\", \"units\": %d, \"occupied\": %d,"
            + " \"rate\": %s}",
        month, day, units, occupied, rate);
  }
}
