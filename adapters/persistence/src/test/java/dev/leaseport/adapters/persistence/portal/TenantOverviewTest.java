package dev.leaseport.adapters.persistence.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.lease.LeaseStatus;
import dev.leaseport.domain.lease.LeaseTenantRole;
import dev.leaseport.domain.lease.SignatureParty;
import dev.leaseport.domain.maintenance.MaintenanceCategory;
import dev.leaseport.domain.maintenance.MaintenancePriority;
import dev.leaseport.domain.maintenance.MaintenanceStatus;
import dev.leaseport.domain.portal.OpenMaintenanceRequest;
import dev.leaseport.domain.portal.OverviewLease;
import dev.leaseport.domain.portal.OverviewProfile;
import dev.leaseport.domain.portal.OverviewProperty;
import dev.leaseport.domain.portal.OverviewUnit;
import dev.leaseport.domain.portal.SignatureSummary;
import dev.leaseport.domain.portal.SigningState;
import dev.leaseport.domain.portal.TenantOverview;
import dev.leaseport.domain.property.Address;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

    // The lease triggers notified everyone as the seeding went; start the count afresh.
    database().superuser().execute("update leaseport.notifications set read_at = now()");
    notification(renter, false);
    notification(renter, false);
    notification(renter, true);
    notification(coTenant, false);
    notification(ownerA, false);
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
                        Instant.parse("2030-02-01T10:00:00Z")))));
  }

  @Test
  void theOverviewIsOneStatementAfterTheTiersSetUp() {
    AtomicInteger statements = new AtomicInteger();

    TenantOverview overview = countingStatements(renter, statements, overviews::ofCaller);

    assertThat(overview.leases()).hasSize(2);
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
  }

  @Test
  void aRenterWithNoRecordAnywhereSeesOnlyTheirProfile() {
    Caller stranger = newTenant();

    TenantOverview overview = as(stranger, overviews::ofCaller);

    assertThat(overview.profile().id()).isEqualTo(stranger.userId());
    assertThat(overview.leases()).isEmpty();
    assertThat(overview.unreadNotifications()).isZero();
    assertThat(overview.openMaintenanceRequests()).isEmpty();
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
