package dev.leaseport.adapters.persistence.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.support.CallTimer;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.charge.ChargeKind;
import dev.leaseport.domain.export.PaymentLine;
import dev.leaseport.domain.export.PaymentPeriod;
import dev.leaseport.domain.export.RentRollLine;
import dev.leaseport.domain.export.RentRollLine.RentRollLease;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.payment.PaymentMethodKind;
import dev.leaseport.domain.payment.PaymentStatus;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.unit.UnitStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The two export functions on known rows of two owners, each with money in two currencies: exact
 * lines, in order, from one statement under the caller's row-level security.
 */
class ExportsTest extends DatabaseTest {
  private static final LocalDate AS_OF = LocalDate.of(2030, 3, 15);
  private static final PaymentPeriod MARCH =
      new PaymentPeriod(LocalDate.of(2030, 3, 1), LocalDate.of(2030, 3, 31));

  private final JooqExportRepository exports =
      new JooqExportRepository(transactions, CallTimer.UNTIMED);
  private ExportFixture rows;

  private Caller owner;
  private Caller otherOwner;
  private Caller renter;
  private Caller coRenter;
  private Caller stranger;
  private UUID birch;
  private UUID aspen;
  private UUID birch1A;
  private UUID birch2B;
  private UUID aspen10;
  private UUID aspen9;
  private UUID birchLease;
  private UUID aspenLease;
  private UUID rentFebruary;
  private UUID rentMarch;
  private UUID keyMoney;
  private UUID firstOfMarch;
  private UUID lastOfMarch;
  private UUID declinedYen;

  @BeforeEach
  void twoOwnersWithLeasesChargesAndPaymentsInTwoCurrencies() {
    rows = new ExportFixture(database());
    owner = newOwner();
    otherOwner = newOwner();
    renter = newTenant();
    coRenter = newTenant();
    stranger = newTenant();

    birch = rows.property(owner, "Birch Hall", "2 Birch Road", "Springfield");
    aspen = rows.property(owner, "Aspen Court", "1 Aspen Way", "Kyoto");
    birch1A = rows.unit(owner, birch, "1A", 150_000, "usd");
    birch2B = rows.unit(owner, birch, "2B", 99_000, "eur");
    aspen10 = rows.unit(owner, aspen, "10", 120_000, "jpy");
    aspen9 = rows.unit(owner, aspen, "9", 80_000, "jpy");
    UUID ana = rows.tenant(owner, "Ana", "Lima", "ana@example.test", renter);
    UUID bo = rows.tenant(owner, "Bo", "Chen", "bo@example.test", coRenter);
    UUID eve = rows.tenant(owner, "=Eve", "Stone", "eve@example.test", null);

    birchLease =
        rows.lease(
            owner, birch1A, "2030-01-01", "2030-12-31", 150_000, "usd", 300_000, ana, bo, "ACTIVE");
    rows.unitStatus(birch1A, "OCCUPIED");
    aspenLease =
        rows.lease(
            owner, aspen10, "2029-06-01", "2031-05-31", 120_000, "jpy", 0, eve, null, "ACTIVE");
    rows.unitStatus(aspen10, "OCCUPIED");
    // Unit 9's only lease is over: it shows as vacant, with its asking rent.
    rows.lease(owner, aspen9, "2028-01-01", "2028-12-31", 80_000, "jpy", 0, eve, null, "ENDED");

    // Birch 1A's balance due on 15 March: 1100.00 of February's rent and the 50.00 late fee.
    rentFebruary =
        rows.charge(
            owner,
            birchLease,
            "usd",
            "RENT",
            null,
            "Rent 2030-02",
            150_000,
            "2030-02-01",
            50_000,
            10_000,
            "OPEN");
    rows.charge(
        owner,
        birchLease,
        "usd",
        "LATE_FEE",
        rentFebruary,
        "Late fee",
        5_000,
        "2030-02-10",
        0,
        0,
        "OPEN");
    rentMarch =
        rows.charge(
            owner,
            birchLease,
            "usd",
            "RENT",
            null,
            "Rent 2030-03",
            150_000,
            "2030-03-01",
            150_000,
            0,
            "PAID");
    rows.charge(
        owner,
        birchLease,
        "usd",
        "OTHER",
        null,
        "Parking April",
        2_000,
        "2030-04-01",
        0,
        0,
        "OPEN");
    rows.charge(
        owner, birchLease, "usd", "OTHER", null, "Voided", 1_000, "2030-01-05", 0, 0, "VOID");
    keyMoney =
        rows.charge(
            owner,
            aspenLease,
            "jpy",
            "OTHER",
            null,
            "Key money",
            120_000,
            "2030-03-10",
            0,
            0,
            "OPEN");

    firstOfMarch =
        rows.payment(
            owner,
            rentFebruary,
            birchLease,
            renter,
            50_000,
            "usd",
            1_250,
            10_000,
            "SUCCEEDED",
            "CARD",
            "pi_first",
            null,
            "2030-03-01T00:00:00Z");
    declinedYen =
        rows.payment(
            owner,
            keyMoney,
            aspenLease,
            stranger,
            120_000,
            "jpy",
            0,
            0,
            "FAILED",
            "CARD",
            "pi_yen",
            "card_declined",
            "2030-03-15T12:00:00Z");
    lastOfMarch =
        rows.payment(
            owner,
            rentMarch,
            birchLease,
            coRenter,
            150_000,
            "usd",
            0,
            0,
            "SUCCEEDED",
            "US_BANK_ACCOUNT",
            null,
            null,
            "2030-03-31T23:59:59Z");
    // Just outside the period, on either side.
    rows.payment(
        owner,
        rentMarch,
        birchLease,
        renter,
        100,
        "usd",
        0,
        0,
        "CANCELED",
        null,
        null,
        null,
        "2030-02-28T23:59:59Z");
    rows.payment(
        owner,
        rentMarch,
        birchLease,
        renter,
        100,
        "usd",
        0,
        0,
        "CANCELED",
        null,
        null,
        null,
        "2030-04-01T00:00:00Z");

    // The other owner's portfolio, named to sort first and paid in the same month.
    UUID alder = rows.property(otherOwner, "Alder Lodge", "3 Alder Street", "Springfield");
    UUID alderB1 = rows.unit(otherOwner, alder, "B1", 70_000, "usd");
    UUID theirs = rows.tenant(otherOwner, "Ana", "Lima", "ana@example.test", renter);
    UUID alderLease =
        rows.lease(
            otherOwner,
            alderB1,
            "2030-01-01",
            "2030-12-31",
            70_000,
            "usd",
            0,
            theirs,
            null,
            "ACTIVE");
    UUID alderRent =
        rows.charge(
            otherOwner,
            alderLease,
            "usd",
            "RENT",
            null,
            "Rent 2030-03",
            70_000,
            "2030-03-01",
            0,
            0,
            "OPEN");
    rows.payment(
        otherOwner,
        alderRent,
        alderLease,
        renter,
        70_000,
        "usd",
        0,
        0,
        "FAILED",
        "CARD",
        null,
        "card_declined",
        "2030-03-02T09:00:00Z");
  }

  @Test
  void theRentRollIsEveryUnitOfTheOwnerByPropertyNameAndUnitNumber() {
    List<RentRollLine> lines = rentRoll(owner, AS_OF);

    assertThat(lines)
        .containsExactly(
            new RentRollLine(
                aspen,
                "Aspen Court",
                "1 Aspen Way",
                "Kyoto",
                aspen10,
                "10",
                UnitStatus.OCCUPIED,
                Optional.of(
                    new RentRollLease(
                        aspenLease,
                        LocalDate.of(2029, 6, 1),
                        LocalDate.of(2031, 5, 31),
                        Optional.of("=Eve Stone"),
                        Optional.of("eve@example.test"),
                        new Money(0, "jpy"),
                        new Money(120_000, "jpy"))),
                new Money(120_000, "jpy")),
            new RentRollLine(
                aspen,
                "Aspen Court",
                "1 Aspen Way",
                "Kyoto",
                aspen9,
                "9",
                UnitStatus.VACANT,
                Optional.empty(),
                new Money(80_000, "jpy")),
            new RentRollLine(
                birch,
                "Birch Hall",
                "2 Birch Road",
                "Springfield",
                birch1A,
                "1A",
                UnitStatus.OCCUPIED,
                Optional.of(
                    new RentRollLease(
                        birchLease,
                        LocalDate.of(2030, 1, 1),
                        LocalDate.of(2030, 12, 31),
                        Optional.of("Ana Lima"),
                        Optional.of("ana@example.test"),
                        new Money(300_000, "usd"),
                        new Money(115_000, "usd"))),
                new Money(150_000, "usd")),
            new RentRollLine(
                birch,
                "Birch Hall",
                "2 Birch Road",
                "Springfield",
                birch2B,
                "2B",
                UnitStatus.VACANT,
                Optional.empty(),
                new Money(99_000, "eur")));
  }

  @Test
  void theBalanceDueCountsOnlyOpenChargesDueByTheRollsDate() {
    assertThat(balanceDue(rentRoll(owner, LocalDate.of(2030, 2, 5))))
        .isEqualTo(new Money(110_000, "usd"));
    assertThat(balanceDue(rentRoll(owner, LocalDate.of(2030, 4, 1))))
        .isEqualTo(new Money(117_000, "usd"));
    assertThat(balanceDue(rentRoll(owner, LocalDate.of(2030, 1, 31))))
        .isEqualTo(new Money(0, "usd"));
  }

  @Test
  void theOtherOwnerSeesOnlyTheirOwnUnit() {
    assertThat(rentRoll(otherOwner, AS_OF))
        .extracting(RentRollLine::propertyName, RentRollLine::unitNumber)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Alder Lodge", "B1"));
  }

  @Test
  void aRenterCallingTheFunctionsDirectlyGetsNoLines() {
    assertThat(rentRoll(renter, AS_OF)).isEmpty();
    assertThat(payments(renter, MARCH)).isEmpty();
  }

  @Test
  void thePaymentsOfAPeriodAreTheOwnersStartedWithinItsUtcDaysOldestFirst() {
    List<PaymentLine> lines = payments(owner, MARCH);

    assertThat(lines)
        .containsExactly(
            new PaymentLine(
                firstOfMarch,
                Instant.parse("2030-03-01T00:00:00Z"),
                LocalDate.of(2030, 3, 1),
                "Birch Hall",
                "1A",
                birchLease,
                Optional.of("Ana Lima"),
                Optional.of("ana@example.test"),
                rentFebruary,
                ChargeKind.RENT,
                "Rent 2030-02",
                Optional.of(LocalDate.of(2030, 2, 1)),
                Optional.of(LocalDate.of(2030, 2, 28)),
                LocalDate.of(2030, 2, 1),
                PaymentStatus.SUCCEEDED,
                Optional.of(PaymentMethodKind.CARD),
                new Money(50_000, "usd"),
                new Money(10_000, "usd"),
                new Money(0, "usd"),
                new Money(1_250, "usd"),
                Optional.of("pi_first"),
                Optional.empty()),
            new PaymentLine(
                declinedYen,
                Instant.parse("2030-03-15T12:00:00Z"),
                LocalDate.of(2030, 3, 15),
                "Aspen Court",
                "10",
                aspenLease,
                Optional.empty(),
                Optional.empty(),
                keyMoney,
                ChargeKind.OTHER,
                "Key money",
                Optional.empty(),
                Optional.empty(),
                LocalDate.of(2030, 3, 10),
                PaymentStatus.FAILED,
                Optional.of(PaymentMethodKind.CARD),
                new Money(120_000, "jpy"),
                new Money(0, "jpy"),
                new Money(0, "jpy"),
                new Money(0, "jpy"),
                Optional.of("pi_yen"),
                Optional.of("card_declined")),
            new PaymentLine(
                lastOfMarch,
                Instant.parse("2030-03-31T23:59:59Z"),
                LocalDate.of(2030, 3, 31),
                "Birch Hall",
                "1A",
                birchLease,
                Optional.of("Bo Chen"),
                Optional.of("bo@example.test"),
                rentMarch,
                ChargeKind.RENT,
                "Rent 2030-03",
                Optional.of(LocalDate.of(2030, 3, 1)),
                Optional.of(LocalDate.of(2030, 3, 31)),
                LocalDate.of(2030, 3, 1),
                PaymentStatus.SUCCEEDED,
                Optional.of(PaymentMethodKind.US_BANK_ACCOUNT),
                new Money(150_000, "usd"),
                new Money(0, "usd"),
                new Money(0, "usd"),
                new Money(0, "usd"),
                Optional.empty(),
                Optional.empty()));
  }

  @Test
  void aPeriodOfOneDayHoldsThatUtcDayOnly() {
    assertThat(
            payments(
                owner, new PaymentPeriod(LocalDate.of(2030, 3, 31), LocalDate.of(2030, 3, 31))))
        .extracting(PaymentLine::id)
        .containsExactly(lastOfMarch);
    assertThat(payments(otherOwner, MARCH))
        .extracting(PaymentLine::payer)
        .containsExactly(Optional.of("Ana Lima"));
  }

  @Test
  void eachExportIsOneStatementAfterTheTiersSetUpWhateverItsSize() {
    rows.portfolio(owner, 3, JooqExportRepository.FETCH_SIZE); // three fetches and more
    AtomicInteger statements = new AtomicInteger();
    AtomicInteger lines = new AtomicInteger();

    countingStatements(
        owner,
        statements,
        () -> {
          exports.rentRoll(AS_OF, line -> lines.incrementAndGet());
          return null;
        });

    assertThat(lines).hasValue(4 + 3 * JooqExportRepository.FETCH_SIZE);
    assertThat(statements).hasValue(2); // the tier's set-up, then the one function call

    statements.set(0);
    countingStatements(
        owner,
        statements,
        () -> {
          exports.payments(MARCH, line -> {});
          return null;
        });
    assertThat(statements).hasValue(2);
  }

  @Test
  void bothFunctionsAreInlinedSoTheirRowsAreProducedAsTheCursorAsks() {
    for (String call :
        List.of(
            "leaseport.rent_roll('2030-03-15'::date)",
            "leaseport.payments_export('2030-03-01'::date, '2030-03-31'::date)")) {
      String plan =
          as(
              owner,
              () ->
                  String.join(
                      "\n",
                      transactions
                          .dsl()
                          .fetch("explain select * from " + call)
                          .getValues(0, String.class)));

      assertThat(plan).as(call).doesNotContain("Function Scan");
    }
  }

  @Test
  void onlyTheUserTierMayExecuteTheExportsNeverTheSystemTier() {
    var sql = database().superuser();
    for (String function :
        List.of("leaseport.rent_roll(date)", "leaseport.payments_export(date, date)")) {
      String query = "select has_function_privilege(?, ?, 'EXECUTE')";
      assertThat(sql.fetchSingle(query, "authenticated", function).get(0, Boolean.class)).isTrue();
      assertThat(sql.fetchSingle(query, "service_role", function).get(0, Boolean.class)).isFalse();
    }
  }

  private List<RentRollLine> rentRoll(Caller caller, LocalDate asOf) {
    List<RentRollLine> lines = new ArrayList<>();
    as(
        caller,
        () -> {
          exports.rentRoll(asOf, lines::add);
          return null;
        });
    return lines;
  }

  private List<PaymentLine> payments(Caller caller, PaymentPeriod period) {
    List<PaymentLine> lines = new ArrayList<>();
    as(
        caller,
        () -> {
          exports.payments(period, lines::add);
          return null;
        });
    return lines;
  }

  private Money balanceDue(List<RentRollLine> lines) {
    return lines.stream()
        .filter(line -> line.unitId().equals(birch1A))
        .findFirst()
        .flatMap(RentRollLine::lease)
        .map(RentRollLease::balanceDue)
        .orElseThrow();
  }
}
