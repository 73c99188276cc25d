package dev.leaseport.adapters.persistence.lease;

import static dev.leaseport.domain.testdata.LeaseTestData.newLease;
import static dev.leaseport.domain.testdata.LeaseTestData.rentChangedTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.property.JooqPropertyRepository;
import dev.leaseport.adapters.persistence.unit.JooqUnitRepository;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseFilter;
import dev.leaseport.domain.lease.LeaseRenewal;
import dev.leaseport.domain.lease.LeaseSortField;
import dev.leaseport.domain.lease.LeaseStatus;
import dev.leaseport.domain.lease.LeaseTenant;
import dev.leaseport.domain.lease.LeaseTenantRole;
import dev.leaseport.domain.lease.LeaseTermination;
import dev.leaseport.domain.lease.NewLease;
import dev.leaseport.domain.lease.NewLeaseTenant;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.ValidationException;
import dev.leaseport.domain.shared.Versioned;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The lease repository and the lease functions through the real user tier. */
class LeaseRepositoryTest extends LeaseTest {

  @Test
  void aCreatedLeaseIsADraftReadBackWithItsTenantAndUnitSummary() {
    Lease created = draft();

    Lease found = read(created.id());

    assertThat(found).isEqualTo(created);
    assertThat(found.status()).isEqualTo(LeaseStatus.DRAFT);
    assertThat(found.unit().id()).isEqualTo(unit);
    assertThat(found.unit().unitNumber()).hasValue("1A");
    assertThat(found.unit().propertyName()).hasValue("Elm Court");
    assertThat(found.rentAmount()).isEqualTo(new Money(150_000, "usd"));
    assertThat(found.securityDeposit()).isEqualTo(new Money(300_000, "usd"));
    assertThat(found.tenants())
        .containsExactly(
            new LeaseTenant(tenant, LeaseTenantRole.PRIMARY, Optional.of("Ada Renter")));
    assertThat(found.signatures()).isEmpty();
    assertThat(found.version()).isEqualTo(1);
  }

  @Test
  void aLeaseOfAnotherOwnersUnitIsNotFound() {
    Caller other = newOwner();
    UUID theirUnit = unitOf(other, propertyOf(other), "9");

    assertThatThrownBy(
            () -> as(owner, () -> leases.create(owner.userId(), newLease(theirUnit, tenant))))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Unit not found");
  }

  @Test
  void aLeaseToAnotherOwnersTenantIsNotFoundAndNothingIsWritten() {
    Caller other = newOwner();
    UUID theirTenant = tenantRecordOf(other, "Eve", "eve@example.test");

    assertThatThrownBy(
            () -> as(owner, () -> leases.create(owner.userId(), newLease(unit, theirTenant))))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Tenant not found");
    assertThat(database().count("select count(*) from leaseport.leases")).isZero();
  }

  @Test
  void aDraftsTermsChange() {
    Lease lease = draft();

    Lease changed =
        as(owner, () -> leases.update(lease.id(), rentChangedTo(160_000), Versioned.exactly(1)))
            .orElseThrow();

    assertThat(changed.rentAmount().amount()).isEqualTo(160_000);
    assertThat(changed.version()).isEqualTo(2);
  }

  @Test
  void theDatabaseRefusesToChangeTheTermsOfASentLease() {
    Lease lease = sent();

    assertThatThrownBy(
            () -> as(owner, () -> leases.update(lease.id(), rentChangedTo(1), Versioned.any())))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("lease-state-conflict"))
        .hasMessageContaining("PENDING_SIGNATURE");
    assertThat(read(lease.id()).rentAmount().amount()).isEqualTo(150_000);
  }

  @Test
  void theDatabaseRefusesToChangeTheTenantsOfASentLease() {
    Lease lease = sent();

    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        transactions
                            .dsl()
                            .execute(
                                "delete from leaseport.lease_tenants where lease_id = ?",
                                lease.id())))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("lease-state-conflict"));
  }

  @Test
  void sendingALeaseWithoutAPrimaryTenantNamesTheMissingField() {
    Lease lease =
        as(
            owner,
            () ->
                leases.create(
                    owner.userId(),
                    new NewLease(
                        unit,
                        LocalDate.of(2030, 1, 1),
                        LocalDate.of(2030, 12, 31),
                        new Money(150_000, "usd"),
                        0,
                        1,
                        5,
                        0,
                        List.of())));

    assertThatThrownBy(() -> as(owner, () -> sendNow(lease.id())))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        new FieldError("tenants", "must include exactly one PRIMARY tenant")));
    assertThat(read(lease.id()).status()).isEqualTo(LeaseStatus.DRAFT);
  }

  @Test
  void sendingNotifiesTheLinkedTenantsInTheSameTransaction() {
    Lease lease = sent();

    assertThat(read(lease.id()).status()).isEqualTo(LeaseStatus.PENDING_SIGNATURE);
    assertThat(notifications(renter, "LEASE_SENT_FOR_SIGNATURE")).isEqualTo(1);
    assertThat(notifications(owner, "LEASE_SENT_FOR_SIGNATURE")).isZero();
  }

  @Test
  void sendingTwiceIsAStateConflictNamingTheState() {
    Lease lease = sent();

    assertThatThrownBy(() -> as(owner, () -> sendNow(lease.id())))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("lease-state-conflict"))
        .hasMessageContaining("PENDING_SIGNATURE");
  }

  @Test
  void anotherOwnerCannotSendTheLease() {
    Lease lease = draft();

    assertThatThrownBy(() -> as(newOwner(), () -> sendNow(lease.id())))
        .isInstanceOf(NotFoundException.class);
    assertThat(read(lease.id()).status()).isEqualTo(LeaseStatus.DRAFT);
  }

  @Test
  void aRenterSeesTheirLeaseOnceSentWithItsUnitAndProperty() {
    Lease lease = draft();
    assertThat(as(renter, () -> leases.findById(lease.id()))).isEmpty();

    sendNow(lease);

    Lease seen = as(renter, () -> leases.findById(lease.id())).orElseThrow();
    assertThat(seen.unit().unitNumber()).hasValue("1A");
    assertThat(seen.unit().propertyName()).hasValue("Elm Court");
    assertThat(seen.tenants()).extracting(LeaseTenant::tenantId).containsExactly(tenant);
  }

  @Test
  void aRenterSeesTheirCoTenantsOnTheLeaseButNotTheirNames() {
    UUID coTenant = tenantRecordOf(owner, "Bo", "bo@example.test");
    Lease lease =
        as(
            owner,
            () ->
                leases.create(
                    owner.userId(),
                    new NewLease(
                        unit,
                        LocalDate.of(2030, 1, 1),
                        LocalDate.of(2030, 12, 31),
                        new Money(150_000, "usd"),
                        0,
                        1,
                        5,
                        0,
                        List.of(
                            new NewLeaseTenant(tenant, LeaseTenantRole.PRIMARY),
                            new NewLeaseTenant(coTenant, LeaseTenantRole.CO_TENANT)))));
    sendNow(lease);

    Lease seen = as(renter, () -> leases.findById(lease.id())).orElseThrow();

    assertThat(seen.tenants())
        .containsExactly(
            new LeaseTenant(tenant, LeaseTenantRole.PRIMARY, Optional.of("Ada Renter")),
            new LeaseTenant(coTenant, LeaseTenantRole.CO_TENANT, Optional.empty()));
  }

  @Test
  void aRenterNotOnTheLeaseSeesNothingOfIt() {
    Lease lease = sent();
    Caller stranger = newTenant();

    assertThat(as(stranger, () -> leases.findById(lease.id()))).isEmpty();
    assertThat(
            database()
                .count(
                    "select count(*) from leaseport.notifications where user_id = ?",
                    stranger.userId()))
        .isZero();
  }

  @Test
  void aListCarriesTheTrueTotalAndFilters() {
    UUID otherUnit = unitOf(owner, property, "2B");
    for (int year = 2030; year < 2035; year++) {
      draft(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    as(
        owner,
        () ->
            leases.create(
                owner.userId(),
                newLease(otherUnit, tenant, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 6, 30))));

    Page<Lease> page =
        as(
            owner,
            () ->
                leases.list(
                    new LeaseFilter(
                        Optional.of(LeaseStatus.DRAFT),
                        Optional.of(property),
                        Optional.of(unit),
                        Optional.of(tenant),
                        OptionalInt.empty()),
                    Sort.ascending(LeaseSortField.START_DATE),
                    new PageRequest(2, 0)));

    assertThat(page.total()).isEqualTo(5);
    assertThat(page.items())
        .extracting(Lease::startDate)
        .containsExactly(LocalDate.of(2030, 1, 1), LocalDate.of(2031, 1, 1));
  }

  @Test
  void expiringWithinDaysKeepsActiveLeasesEndingSoon() {
    LocalDate today = LocalDate.now();
    Lease soon = draft(today.minusMonths(6), today.plusDays(20));
    database()
        .superuser()
        .execute("update leaseport.leases set status = 'ACTIVE' where id = ?", soon.id());
    draft(today.plusDays(1), today.plusDays(25));

    Page<Lease> page =
        as(
            owner,
            () ->
                leases.list(
                    new LeaseFilter(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        OptionalInt.of(30)),
                    Sort.ascending(LeaseSortField.END_DATE),
                    new PageRequest(10, 0)));

    assertThat(page.items()).extracting(Lease::id).containsExactly(soon.id());
  }

  @Test
  void aListTakesTheSameNumberOfStatementsWhateverThePageSize() {
    for (int year = 2030; year < 2040; year++) {
      draft(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    AtomicInteger small = new AtomicInteger();
    AtomicInteger large = new AtomicInteger();

    countingStatements(owner, small, () -> leases.list(LeaseFilter.none(), byStart(), page(1)));
    countingStatements(owner, large, () -> leases.list(LeaseFilter.none(), byStart(), page(10)));

    // The tier's one set-up statement, then one query carrying rows, tenants, signatures, total.
    assertThat(small).hasValue(2);
    assertThat(large).hasValue(2);
  }

  @Test
  void terminatingAnActiveLeaseFreesTheUnitAndTellsTheTenant() {
    Lease lease = active();

    as(
        owner,
        () -> {
          leases.terminate(
              lease.id(),
              new LeaseTermination(LocalDate.of(2030, 6, 30), Optional.of("Moving abroad")));
          return null;
        });

    Lease terminated = read(lease.id());
    assertThat(terminated.status()).isEqualTo(LeaseStatus.TERMINATED);
    assertThat(terminated.termination())
        .hasValueSatisfying(
            t -> {
              assertThat(t.effectiveDate()).isEqualTo(LocalDate.of(2030, 6, 30));
              assertThat(t.reason()).hasValue("Moving abroad");
            });
    assertThat(unitStatus()).isEqualTo("VACANT");
    assertThat(notifications(renter, "LEASE_TERMINATED")).isEqualTo(1);
  }

  @Test
  void terminatingADraftIsAStateConflict() {
    Lease lease = draft();

    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () -> {
                      leases.terminate(
                          lease.id(),
                          new LeaseTermination(LocalDate.of(2030, 6, 30), Optional.empty()));
                      return null;
                    }))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("lease-state-conflict"))
        .hasMessageContaining("DRAFT");
  }

  @Test
  void renewingDraftsTheNextTermWithTheSameTenants() {
    Lease lease = active();

    UUID renewal =
        as(
            owner,
            () ->
                leases.renew(
                    lease.id(),
                    new LeaseRenewal(
                        LocalDate.of(2031, 12, 31), Optional.of(new Money(155_000, "usd")))));

    Lease next = read(renewal);
    assertThat(next.status()).isEqualTo(LeaseStatus.DRAFT);
    assertThat(next.startDate()).isEqualTo(LocalDate.of(2031, 1, 1));
    assertThat(next.endDate()).isEqualTo(LocalDate.of(2031, 12, 31));
    assertThat(next.rentAmount().amount()).isEqualTo(155_000);
    assertThat(next.renewedFromId()).hasValue(lease.id());
    assertThat(next.tenants()).isEqualTo(lease.tenants());
  }

  @Test
  void cancellingASentLeaseTakesItOutOfTheOverlapCheck() {
    Lease lease = sent();

    as(
        owner,
        () -> {
          leases.cancel(lease.id());
          return null;
        });
    Lease again = draft();
    sendNow(again);

    assertThat(read(lease.id()).status()).isEqualTo(LeaseStatus.CANCELLED);
    assertThat(read(again.id()).status()).isEqualTo(LeaseStatus.PENDING_SIGNATURE);
  }

  @Test
  void aUnitWithLeaseHistoryCannotBeDeleted() {
    draft();
    JooqUnitRepository units = new JooqUnitRepository(transactions);

    assertThatThrownBy(() -> as(owner, () -> units.delete(unit, Versioned.any())))
        .isInstanceOf(ConflictException.class);
    assertThat(unitStatus()).isEqualTo("VACANT");
  }

  @Test
  void aPropertyWithLeaseHistoryCannotBeDeleted() {
    draft();
    JooqPropertyRepository properties = new JooqPropertyRepository(transactions);

    assertThatThrownBy(() -> as(owner, () -> properties.delete(property, Versioned.any())))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("archive it instead");
  }

  private Lease active() {
    Lease lease = sent();
    sign(owner, lease.id());
    sign(renter, lease.id());
    return read(lease.id());
  }

  private Void sendNow(UUID lease) {
    leases.send(lease);
    return null;
  }

  private void sendNow(Lease lease) {
    as(owner, () -> sendNow(lease.id()));
  }

  private static Sort<LeaseSortField> byStart() {
    return Sort.ascending(LeaseSortField.START_DATE);
  }

  private static PageRequest page(int limit) {
    return new PageRequest(limit, 0);
  }
}
