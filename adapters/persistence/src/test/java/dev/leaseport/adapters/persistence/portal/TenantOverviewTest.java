package dev.leaseport.adapters.persistence.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.charge.ChargeKind;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.lease.LeaseStatus;
import dev.leaseport.domain.lease.LeaseTenantRole;
import dev.leaseport.domain.lease.SignatureParty;
import dev.leaseport.domain.maintenance.MaintenanceCategory;
import dev.leaseport.domain.maintenance.MaintenancePriority;
import dev.leaseport.domain.maintenance.MaintenanceStatus;
import dev.leaseport.domain.payment.PaymentMethodKind;
import dev.leaseport.domain.payment.PaymentStatus;
import dev.leaseport.domain.portal.OpenChargeTotal;
import dev.leaseport.domain.portal.OpenMaintenanceRequest;
import dev.leaseport.domain.portal.OverviewCharge;
import dev.leaseport.domain.portal.OverviewLease;
import dev.leaseport.domain.portal.OverviewProfile;
import dev.leaseport.domain.portal.OverviewProperty;
import dev.leaseport.domain.portal.OverviewUnit;
import dev.leaseport.domain.portal.RecentPayment;
import dev.leaseport.domain.portal.SignatureSummary;
import dev.leaseport.domain.portal.SigningState;
import dev.leaseport.domain.portal.TenantOverview;
import dev.leaseport.domain.property.Address;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The overview of a renter with a lease at each of two owners: exact data from one statement, under
 * the renter's own row-level security. Rows are seeded by the superuser in the states the lease
 * functions leave them, with fixed signature times.
 */
class TenantOverviewTest extends DatabaseTest {
  private static final Instant OWNER_A_SIGNED = Instant.parse("2029-12-01T09:00:00Z");
  private static final Instant RENTER_SIGNED = Instant.parse("2029-12-02T10:30:00Z");
  private static final Instant OWNER_B_SIGNED = Instant.parse("2030-12-20T08:15:00Z");

  private final JooqTenantOverviewRepository overviews =
      new JooqTenantOverviewRepository(transactions);

  private Caller ownerA;
  private Caller ownerB;
  private Caller renter;
  private Caller coTenant;
  private UUID propertyA;
  private UUID unitA;
  private UUID propertyB;
  private UUID unitB;
  private UUID renterAtA;
  private UUID coTenantAtA;
  private UUID renterAtB;
  private UUID activeLeaseA;
  private UUID pendingLeaseB;
  private UUID filedByRenter;
  private UUID ownersOnRentersUnit;
  private UUID rentJanuary;
  private UUID lateFee;
  private UUID rentFebruary;
  private UUID keyDeposit;
  private UUID paidJanuary;
  private UUID failedKeyDeposit;
  private UUID refundedKeyDeposit;
  private UUID coTenantPaidFebruary;
  private UUID lateFeeInFlight;
  private UUID canceledJanuary;

  @BeforeEach
  void aRenterWithALeaseAtEachOfTwoOwners() {
    ownerA = newOwner();
    ownerB = newOwner();
    renter = newTenant();
    coTenant = newTenant();
    database()
        .superuser()
        .execute(
            "update leaseport.users set full_name = 'Ada Renter', phone = '+1 555 0100'"
                + " where id = ?",
            renter.userId());

    propertyA =
        insertId(
            "insert into leaseport.properties (owner_id, name, address_line1, city, region,"
                + " postal_code, property_type) values (?, 'Elm Court', '1 Elm Street',"
                + " 'Springfield', 'IL', '62701', 'APARTMENT') returning id",
            ownerA.userId());
    unitA =
        insertId(
            "insert into leaseport.units (owner_id, property_id, unit_number, bedrooms,"
                + " bathrooms, rent_amount) values (?, ?, '1A', 2, 1.5, 150000) returning id",
            ownerA.userId(),
            propertyA);
    propertyB =
        insertId(
            "insert into leaseport.properties (owner_id, name, address_line1, address_line2, city,"
                + " country, property_type) values (?, 'Oak House', '9 Oak Lane', 'Floor 2',"
                + " 'Lyon', 'FR', 'CONDO') returning id",
            ownerB.userId());
    unitB =
        insertId(
            "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount,"
                + " currency) values (?, ?, 'B2', 99000, 'eur') returning id",
            ownerB.userId(),
            propertyB);
    renterAtA = tenantRecord(ownerA, "ada@example.test", renter);
    coTenantAtA = tenantRecord(ownerA, "bo@example.test", coTenant);
    renterAtB = tenantRecord(ownerB, "ada@example.test", renter);

    activeLeaseA = lease(ownerA, unitA, "2030-01-01", "2030-12-31", 150_000, "usd", 300_000, 1);
    parties(ownerA, activeLeaseA, renterAtA, coTenantAtA, "ACTIVE");
    signature(ownerA, activeLeaseA, null, ownerA.userId(), OWNER_A_SIGNED);
    signature(ownerA, activeLeaseA, renterAtA, renter.userId(), RENTER_SIGNED);

    pendingLeaseB = lease(ownerB, unitB, "2031-02-01", "2032-01-31", 99_000, "eur", 0, 5);
    parties(ownerB, pendingLeaseB, renterAtB, null, "PENDING_SIGNATURE");
    signature(ownerB, pendingLeaseB, null, ownerB.userId(), OWNER_B_SIGNED);

    // Leases of the renter that are not current: a draft, one that ended, one cancelled.
    parties(
        ownerA,
        lease(ownerA, unitA, "2032-01-01", "2032-12-31", 1, "usd", 0, 1),
        renterAtA,
        null,
        "DRAFT");
    parties(
        ownerA,
        lease(ownerA, unitA, "2028-01-01", "2028-12-31", 1, "usd", 0, 1),
        renterAtA,
        null,
        "ENDED");
    parties(
        ownerB,
        lease(ownerB, unitB, "2033-01-01", "2033-12-31", 1, "eur", 0, 1),
        renterAtB,
        null,
        "CANCELLED");

    filedByRenter =
        maintenanceRequest(
            ownerA, unitA, activeLeaseA, renter, "Leaking tap", "2030-02-01T10:00:00Z");
    moveRequest(filedByRenter, "priority = 'HIGH'");
    ownersOnRentersUnit =
        maintenanceRequest(
            ownerA, unitA, null, ownerA, "Smoke alarm check", "2030-02-02T10:00:00Z");
    moveRequest(ownersOnRentersUnit, "status = 'IN_PROGRESS', scheduled_for = '2030-02-10'");
    UUID finished =
        maintenanceRequest(ownerA, unitA, null, ownerA, "Done already", "2030-02-03T10:00:00Z");
    moveRequest(finished, "status = 'IN_PROGRESS'");
    moveRequest(finished, "status = 'COMPLETED', completed_at = now()");
    // Owner B's unit: the renter's lease there is only waiting for signatures, not in force.
    maintenanceRequest(ownerB, unitB, null, ownerB, "Not theirs yet", "2030-02-04T10:00:00Z");

    seedMoney();

    // The lease triggers notified everyone as the seeding went; start the count afresh.
    database().superuser().execute("update leaseport.notifications set read_at = now()");
    notification(renter, false);
    notification(renter, false);
    notification(renter, true);
    notification(coTenant, false);
    notification(ownerA, false);
  }

  /**
   * Charges in every state on both of the renter's leases and payments by the renter, their
   * co-tenant and a neighbour at the same owner. Only OPEN charges of the renter's leases, and
   * payments by the renter or on their leases, may show.
   */
  private void seedMoney() {
    Caller neighbour = newTenant();
    UUID unitNextDoor =
        insertId(
            "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount)"
                + " values (?, ?, '1C', 120000) returning id",
            ownerA.userId(),
            propertyA);
    UUID neighbourAtA = tenantRecord(ownerA, "cy@example.test", neighbour);
    UUID neighboursLease =
        lease(ownerA, unitNextDoor, "2030-01-01", "2030-12-31", 120_000, "usd", 0, 1);
    parties(ownerA, neighboursLease, neighbourAtA, null, "ACTIVE");

    rentJanuary =
        charge(
            ownerA,
            activeLeaseA,
            "usd",
            "RENT",
            null,
            "Rent January",
            150_000,
            "2030-01-01",
            50_000,
            0,
            0,
            "OPEN");
    lateFee =
        charge(
            ownerA,
            activeLeaseA,
            "usd",
            "LATE_FEE",
            rentJanuary,
            "Late fee",
            5_000,
            "2030-01-10",
            0,
            0,
            5_000,
            "OPEN");
    rentFebruary =
        charge(
            ownerA,
            activeLeaseA,
            "usd",
            "RENT",
            null,
            "Rent February",
            150_000,
            "2030-02-01",
            150_000,
            0,
            0,
            "PAID");
    charge(
        ownerA,
        activeLeaseA,
        "usd",
        "OTHER",
        null,
        "Voided fee",
        2_000,
        "2030-01-05",
        0,
        0,
        0,
        "VOID");
    keyDeposit =
        charge(
            ownerB,
            pendingLeaseB,
            "eur",
            "OTHER",
            null,
            "Key deposit",
            10_000,
            "2031-01-20",
            3_000,
            3_000,
            0,
            "OPEN");
    UUID neighboursRent =
        charge(
            ownerA,
            neighboursLease,
            "usd",
            "RENT",
            null,
            "Rent January",
            120_000,
            "2029-12-01",
            0,
            0,
            0,
            "OPEN");

    canceledJanuary =
        payment(
            ownerA,
            rentJanuary,
            activeLeaseA,
            renter,
            150_000,
            "usd",
            "CANCELED",
            null,
            null,
            "2030-01-01T12:00:00Z");
    paidJanuary =
        payment(
            ownerA,
            rentJanuary,
            activeLeaseA,
            renter,
            50_000,
            "usd",
            "SUCCEEDED",
            "CARD",
            null,
            "2030-01-02T08:00:00Z");
    lateFeeInFlight =
        payment(
            ownerA,
            lateFee,
            activeLeaseA,
            renter,
            5_000,
            "usd",
            "PROCESSING",
            "US_BANK_ACCOUNT",
            null,
            "2030-01-11T08:00:00Z");
    coTenantPaidFebruary =
        payment(
            ownerA,
            rentFebruary,
            activeLeaseA,
            coTenant,
            150_000,
            "usd",
            "SUCCEEDED",
            "US_BANK_ACCOUNT",
            null,
            "2030-02-01T08:00:00Z");
    refundedKeyDeposit =
        payment(
            ownerB,
            keyDeposit,
            pendingLeaseB,
            renter,
            3_000,
            "eur",
            "SUCCEEDED",
            "CARD",
            null,
            "2030-12-20T09:00:00Z");
    failedKeyDeposit =
        payment(
            ownerB,
            keyDeposit,
            pendingLeaseB,
            renter,
            10_000,
            "eur",
            "FAILED",
            "CARD",
            "card_declined",
            "2030-12-21T09:00:00Z");
    // The newest payment of all, by another renter of another lease: never the renter's to see.
    payment(
        ownerA,
        neighboursRent,
        neighboursLease,
        neighbour,
        120_000,
        "usd",
        "SUCCEEDED",
        "CARD",
        null,
        "2031-06-01T08:00:00Z");
  }

  @Test
  void theOverviewHoldsExactlyTheRentersProfileCurrentLeasesAndUnreadCount() {
    TenantOverview overview = as(renter, overviews::ofCaller);

    assertThat(overview)
        .isEqualTo(
            new TenantOverview(
                new OverviewProfile(
                    renter.userId(),
                    renter.email(),
                    Optional.of("Ada Renter"),
                    Optional.of("+1 555 0100")),
                List.of(
                    new OverviewLease(
                        activeLeaseA,
                        LeaseStatus.ACTIVE,
                        LocalDate.of(2030, 1, 1),
                        LocalDate.of(2030, 12, 31),
                        new Money(150_000, "usd"),
                        new Money(300_000, "usd"),
                        1,
                        LeaseTenantRole.PRIMARY,
                        new OverviewUnit(
                            unitA, "1A", OptionalInt.of(2), Optional.of(new BigDecimal("1.5"))),
                        new OverviewProperty(
                            propertyA,
                            "Elm Court",
                            new Address(
                                "1 Elm Street",
                                Optional.empty(),
                                "Springfield",
                                Optional.of("IL"),
                                Optional.of("62701"),
                                "US")),
                        new SigningState(
                            true,
                            true,
                            true,
                            false,
                            List.of(
                                new SignatureSummary(
                                    SignatureParty.OWNER, Optional.empty(), OWNER_A_SIGNED, false),
                                new SignatureSummary(
                                    SignatureParty.TENANT,
                                    Optional.of(renterAtA),
                                    RENTER_SIGNED,
                                    true)))),
                    new OverviewLease(
                        pendingLeaseB,
                        LeaseStatus.PENDING_SIGNATURE,
                        LocalDate.of(2031, 2, 1),
                        LocalDate.of(2032, 1, 31),
                        new Money(99_000, "eur"),
                        new Money(0, "eur"),
                        5,
                        LeaseTenantRole.PRIMARY,
                        new OverviewUnit(unitB, "B2", OptionalInt.empty(), Optional.empty()),
                        new OverviewProperty(
                            propertyB,
                            "Oak House",
                            new Address(
                                "9 Oak Lane",
                                Optional.of("Floor 2"),
                                "Lyon",
                                Optional.empty(),
                                Optional.empty(),
                                "FR")),
                        new SigningState(
                            true,
                            false,
                            false,
                            true,
                            List.of(
                                new SignatureSummary(
                                    SignatureParty.OWNER,
                                    Optional.empty(),
                                    OWNER_B_SIGNED,
                                    false))))),
                2,
                List.of(
                    new OpenMaintenanceRequest(
                        ownersOnRentersUnit,
                        unitA,
                        "Smoke alarm check",
                        MaintenanceCategory.OTHER,
                        MaintenancePriority.MEDIUM,
                        MaintenanceStatus.IN_PROGRESS,
                        Optional.of(LocalDate.of(2030, 2, 10)),
                        false,
                        Instant.parse("2030-02-02T10:00:00Z")),
                    new OpenMaintenanceRequest(
                        filedByRenter,
                        unitA,
                        "Leaking tap",
                        MaintenanceCategory.OTHER,
                        MaintenancePriority.HIGH,
                        MaintenanceStatus.OPEN,
                        Optional.empty(),
                        true,
                        Instant.parse("2030-02-01T10:00:00Z"))),
                List.of(
                    new OverviewCharge(
                        rentJanuary,
                        activeLeaseA,
                        ChargeKind.RENT,
                        "Rent January",
                        LocalDate.of(2030, 1, 1),
                        new Money(150_000, "usd"),
                        new Money(50_000, "usd"),
                        new Money(0, "usd"),
                        new Money(0, "usd"),
                        new Money(100_000, "usd")),
                    new OverviewCharge(
                        lateFee,
                        activeLeaseA,
                        ChargeKind.LATE_FEE,
                        "Late fee",
                        LocalDate.of(2030, 1, 10),
                        new Money(5_000, "usd"),
                        new Money(0, "usd"),
                        new Money(5_000, "usd"),
                        new Money(0, "usd"),
                        new Money(5_000, "usd")),
                    new OverviewCharge(
                        keyDeposit,
                        pendingLeaseB,
                        ChargeKind.OTHER,
                        "Key deposit",
                        LocalDate.of(2031, 1, 20),
                        new Money(10_000, "eur"),
                        new Money(3_000, "eur"),
                        new Money(0, "eur"),
                        new Money(3_000, "eur"),
                        new Money(10_000, "eur"))),
                List.of(
                    new OpenChargeTotal(1, new Money(10_000, "eur")),
                    new OpenChargeTotal(2, new Money(105_000, "usd"))),
                List.of(
                    new RecentPayment(
                        failedKeyDeposit,
                        keyDeposit,
                        new Money(10_000, "eur"),
                        PaymentStatus.FAILED,
                        Optional.of(PaymentMethodKind.CARD),
                        Instant.parse("2030-12-21T09:00:00Z"),
                        Optional.of("card_declined")),
                    new RecentPayment(
                        refundedKeyDeposit,
                        keyDeposit,
                        new Money(3_000, "eur"),
                        PaymentStatus.SUCCEEDED,
                        Optional.of(PaymentMethodKind.CARD),
                        Instant.parse("2030-12-20T09:00:00Z"),
                        Optional.empty()),
                    new RecentPayment(
                        coTenantPaidFebruary,
                        rentFebruary,
                        new Money(150_000, "usd"),
                        PaymentStatus.SUCCEEDED,
                        Optional.of(PaymentMethodKind.US_BANK_ACCOUNT),
                        Instant.parse("2030-02-01T08:00:00Z"),
                        Optional.empty()),
                    new RecentPayment(
                        lateFeeInFlight,
                        lateFee,
                        new Money(5_000, "usd"),
                        PaymentStatus.PROCESSING,
                        Optional.of(PaymentMethodKind.US_BANK_ACCOUNT),
                        Instant.parse("2030-01-11T08:00:00Z"),
                        Optional.empty()),
                    new RecentPayment(
                        paidJanuary,
                        rentJanuary,
                        new Money(50_000, "usd"),
                        PaymentStatus.SUCCEEDED,
                        Optional.of(PaymentMethodKind.CARD),
                        Instant.parse("2030-01-02T08:00:00Z"),
                        Optional.empty()),
                    new RecentPayment(
                        canceledJanuary,
                        rentJanuary,
                        new Money(150_000, "usd"),
                        PaymentStatus.CANCELED,
                        Optional.empty(),
                        Instant.parse("2030-01-01T12:00:00Z"),
                        Optional.empty()))));
  }

  @Test
  void recentPaymentsAreTheTenNewest() {
    List<UUID> newestFirst = new ArrayList<>();
    for (int day = 1; day <= 11; day++) {
      newestFirst.add(
          0,
          payment(
              ownerA,
              rentJanuary,
              activeLeaseA,
              renter,
              100,
              "usd",
              "SUCCEEDED",
              "CARD",
              null,
              String.format("2031-03-%02dT08:00:00Z", day)));
    }

    TenantOverview overview = as(renter, overviews::ofCaller);

    assertThat(overview.recentPayments())
        .extracting(RecentPayment::id)
        .containsExactlyElementsOf(newestFirst.subList(0, 10));
  }

  @Test
  void theOverviewIsOneStatementAfterTheTiersSetUp() {
    AtomicInteger statements = new AtomicInteger();

    TenantOverview overview = countingStatements(renter, statements, overviews::ofCaller);

    assertThat(overview.leases()).hasSize(2);
    assertThat(overview.openCharges()).hasSize(3);
    assertThat(overview.recentPayments()).hasSize(6);
    assertThat(statements).hasValue(2); // the tier's set-up, then the one function call
  }

  @Test
  void aCoTenantSeesOnlyTheLeaseTheyShareAndNothingOfTheRentersOwn() {
    TenantOverview overview = as(coTenant, overviews::ofCaller);

    assertThat(overview.profile().id()).isEqualTo(coTenant.userId());
    assertThat(overview.profile().fullName()).isEmpty();
    assertThat(overview.unreadNotifications()).isEqualTo(1);
    assertThat(overview.leases()).extracting(OverviewLease::id).containsExactly(activeLeaseA);
    OverviewLease shared = overview.leases().get(0);
    assertThat(shared.yourRole()).isEqualTo(LeaseTenantRole.CO_TENANT);
    assertThat(shared.signing().youSigned()).isFalse();
    assertThat(shared.signing().youMustSign()).isFalse();
    assertThat(shared.signing().signatures())
        .extracting(SignatureSummary::byYou)
        .containsOnly(false);
    assertThat(overview.openMaintenanceRequests())
        .extracting(OpenMaintenanceRequest::id, OpenMaintenanceRequest::filedByYou)
        .containsExactly(tuple(ownersOnRentersUnit, false), tuple(filedByRenter, false));
    assertThat(overview.openCharges())
        .extracting(OverviewCharge::id)
        .containsExactly(rentJanuary, lateFee);
    assertThat(overview.openChargeTotals())
        .containsExactly(new OpenChargeTotal(2, new Money(105_000, "usd")));
    assertThat(overview.recentPayments())
        .extracting(RecentPayment::id)
        .containsExactly(coTenantPaidFebruary, lateFeeInFlight, paidJanuary, canceledJanuary);
  }

  @Test
  void aRenterWithNoRecordAnywhereSeesOnlyTheirProfile() {
    Caller stranger = newTenant();

    TenantOverview overview = as(stranger, overviews::ofCaller);

    assertThat(overview.profile().id()).isEqualTo(stranger.userId());
    assertThat(overview.leases()).isEmpty();
    assertThat(overview.unreadNotifications()).isZero();
    assertThat(overview.openMaintenanceRequests()).isEmpty();
    assertThat(overview.openCharges()).isEmpty();
    assertThat(overview.openChargeTotals()).isEmpty();
    assertThat(overview.recentPayments()).isEmpty();
  }

  @Test
  void aCoTenantMaySignButOnlyThePrimaryMust() {
    database()
        .superuser()
        .execute(
            "update leaseport.leases set status = 'PENDING_SIGNATURE' where id = ?", activeLeaseA);
    database()
        .superuser()
        .execute(
            "delete from leaseport.lease_signatures where lease_id = ? and party = 'TENANT'",
            activeLeaseA);

    SigningState primary = leaseOf(as(renter, overviews::ofCaller), activeLeaseA).signing();
    SigningState co = leaseOf(as(coTenant, overviews::ofCaller), activeLeaseA).signing();

    assertThat(primary.youMustSign()).isTrue();
    assertThat(primary.primaryTenantSigned()).isFalse();
    assertThat(co.youMustSign()).isFalse();
  }

  @Test
  void anOwnerHasNoOverviewEvenWhenCallingTheFunctionDirectly() {
    assertThatThrownBy(() -> as(ownerA, overviews::ofCaller)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void onlyTheUserTierMayExecuteTheOverviewNeverTheSystemTier() {
    var sql = database().superuser();
    String query = "select has_function_privilege(?, 'leaseport.tenant_overview()', 'EXECUTE')";

    assertThat(sql.fetchSingle(query, "authenticated").get(0, Boolean.class)).isTrue();
    assertThat(sql.fetchSingle(query, "service_role").get(0, Boolean.class)).isFalse();
  }

  private static OverviewLease leaseOf(TenantOverview overview, UUID id) {
    return overview.leases().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }

  private UUID insertId(String sql, Object... bindings) {
    return database().superuser().fetchSingle(sql, bindings).get(0, UUID.class);
  }

  private UUID tenantRecord(Caller owner, String email, Caller linkedUser) {
    return insertId(
        "insert into leaseport.tenants (owner_id, first_name, last_name, email, user_id)"
            + " values (?, 'Seeded', 'Renter', ?, ?) returning id",
        owner.userId(),
        email,
        linkedUser.userId());
  }

  /** A DRAFT lease; {@link #parties} adds its tenants and moves it on. */
  private UUID lease(
      Caller owner,
      UUID unit,
      String start,
      String end,
      long rent,
      String currency,
      long deposit,
      int dueDay) {
    UUID id =
        insertId(
            "insert into leaseport.leases (owner_id, unit_id, start_date, end_date, rent_amount,"
                + " currency, security_deposit, rent_due_day) values (?, ?, ?::date, ?::date, ?,"
                + " ?, ?, ?) returning id",
            owner.userId(),
            unit,
            start,
            end,
            rent,
            currency,
            deposit,
            dueDay);
    return id;
  }

  /** Adds the PRIMARY (and a CO_TENANT) while the lease is a DRAFT, then sets its status. */
  private void parties(Caller owner, UUID lease, UUID primary, UUID coTenantRecord, String status) {
    var sql = database().superuser();
    sql.execute(
        "insert into leaseport.lease_tenants (lease_id, tenant_id, owner_id, role)"
            + " values (?, ?, ?, 'PRIMARY')",
        lease,
        primary,
        owner.userId());
    if (coTenantRecord != null) {
      sql.execute(
          "insert into leaseport.lease_tenants (lease_id, tenant_id, owner_id, role)"
              + " values (?, ?, ?, 'CO_TENANT')",
          lease,
          coTenantRecord,
          owner.userId());
    }
    sql.execute(
        "update leaseport.leases set status = ?::leaseport.lease_status where id = ?",
        status,
        lease);
  }

  private void signature(Caller owner, UUID lease, UUID tenantRecord, UUID signer, Instant at) {
    database()
        .superuser()
        .execute(
            "insert into leaseport.lease_signatures (lease_id, owner_id, party, tenant_id,"
                + " signed_by, signed_at) values (?, ?, ?::leaseport.signature_party, ?, ?, ?::timestamptz)",
            lease,
            owner.userId(),
            tenantRecord == null ? "OWNER" : "TENANT",
            tenantRecord,
            signer,
            at.toString());
  }

  private UUID maintenanceRequest(
      Caller owner, UUID unit, UUID lease, Caller filer, String title, String createdAt) {
    return insertId(
        "insert into leaseport.maintenance_requests (owner_id, unit_id, lease_id, requested_by,"
            + " title, created_at) values (?, ?, ?, ?, ?, ?::timestamptz) returning id",
        owner.userId(),
        unit,
        lease,
        filer.userId(),
        title,
        createdAt);
  }

  /** Moves a request as the owner's changes would; {@code assignments} is trusted test SQL. */
  private void moveRequest(UUID request, String assignments) {
    database()
        .superuser()
        .execute(
            "update leaseport.maintenance_requests set " + assignments + " where id = ?", request);
  }

  /** A charge as the jobs, the owner's actions and payments leave it; RENT covers four weeks. */
  private UUID charge(
      Caller owner,
      UUID lease,
      String currency,
      String kind,
      UUID parent,
      String description,
      long amount,
      String due,
      long paid,
      long refunded,
      long pending,
      String status) {
    boolean rent = kind.equals("RENT");
    return insertId(
        "insert into leaseport.charges (owner_id, lease_id, currency, kind, period_start,"
            + " period_end, parent_charge_id, description, amount, due_date, amount_paid,"
            + " amount_refunded, amount_pending, status, voided_at) values (?, ?, ?,"
            + " ?::leaseport.charge_kind, ?::date, ?::date + 27, ?, ?, ?, ?::date, ?, ?, ?,"
            + " ?::leaseport.charge_status, ?::timestamptz) returning id",
        owner.userId(),
        lease,
        currency,
        kind,
        rent ? due : null,
        rent ? due : null,
        parent,
        description,
        amount,
        due,
        paid,
        refunded,
        pending,
        status,
        status.equals("VOID") ? "2030-01-06T00:00:00Z" : null);
  }

  private UUID payment(
      Caller owner,
      UUID charge,
      UUID lease,
      Caller payer,
      long amount,
      String currency,
      String status,
      String methodKind,
      String failureCode,
      String createdAt) {
    return insertId(
        "insert into leaseport.payments (owner_id, charge_id, lease_id, payer_id, amount,"
            + " currency, application_fee_amount, status, method_kind, failure_code, created_at)"
            + " values (?, ?, ?, ?, ?, ?, 0, ?::leaseport.payment_status,"
            + " ?::leaseport.payment_method_kind, ?, ?::timestamptz) returning id",
        owner.userId(),
        charge,
        lease,
        payer.userId(),
        amount,
        currency,
        status,
        methodKind,
        failureCode,
        createdAt);
  }

  private void notification(Caller recipient, boolean read) {
    database()
        .superuser()
        .execute(
            "insert into leaseport.notifications (user_id, owner_id, type, title, read_at)"
                + " values (?, ?, 'LEASE_SIGNED', 'Seeded', ?::timestamptz)",
            recipient.userId(),
            ownerA.userId(),
            read ? "2030-01-05T00:00:00Z" : null);
  }
}
