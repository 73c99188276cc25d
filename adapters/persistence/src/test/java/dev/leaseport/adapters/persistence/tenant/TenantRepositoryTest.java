package dev.leaseport.adapters.persistence.tenant;

import static dev.leaseport.domain.testdata.TenantTestData.emailChangedTo;
import static dev.leaseport.domain.testdata.TenantTestData.phoneCleared;
import static dev.leaseport.domain.testdata.TenantTestData.tenantRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.PreconditionFailedException;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import dev.leaseport.domain.tenant.NewTenant;
import dev.leaseport.domain.tenant.Tenant;
import dev.leaseport.domain.tenant.TenantChanges;
import dev.leaseport.domain.tenant.TenantFilter;
import dev.leaseport.domain.tenant.TenantSortField;
import dev.leaseport.domain.tenant.TenantStatus;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tenant repository through the real user tier, as an owner. */
class TenantRepositoryTest extends DatabaseTest {
  private final JooqTenantRepository tenants = new JooqTenantRepository(transactions);
  private Caller owner;

  @BeforeEach
  void anOwner() {
    owner = newOwner();
  }

  @Test
  void aCreatedRecordIsReadBackUnlinkedAndActiveAtVersionOne() {
    Tenant created =
        as(
            owner,
            () -> tenants.create(owner.userId(), tenantRecord(" Ada ", "Lovelace", "ada@x.test")));

    Tenant found = as(owner, () -> tenants.findById(created.id())).orElseThrow();

    assertThat(found).isEqualTo(created);
    assertThat(found.ownerId()).isEqualTo(owner.userId());
    assertThat(found.firstName()).isEqualTo("Ada");
    assertThat(found.phone()).contains("+1 555 0100");
    assertThat(found.userId()).isEmpty();
    assertThat(found.status()).isEqualTo(TenantStatus.ACTIVE);
    assertThat(found.version()).isEqualTo(1);
  }

  @Test
  void theSameEmailInAnotherCaseIsADuplicateForTheSameOwner() {
    as(owner, () -> tenants.create(owner.userId(), tenantRecord("ada@example.test")));

    assertThatThrownBy(
            () -> as(owner, () -> tenants.create(owner.userId(), tenantRecord("ADA@Example.Test"))))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("duplicate"));
  }

  @Test
  void anotherOwnerDoesNotSeeOrChangeTheRecord() {
    Tenant created = as(owner, () -> tenants.create(owner.userId(), tenantRecord("ada@x.test")));
    Caller other = newOwner();

    assertThat(as(other, () -> tenants.findById(created.id()))).isEmpty();
    assertThat(as(other, () -> tenants.update(created.id(), phoneCleared(), Versioned.any())))
        .isEmpty();
    assertThat(as(other, () -> tenants.list(TenantFilter.none(), byLastName(), page(10))).total())
        .isZero();
  }

  @Test
  void anUpdateChangesOnlyTheGivenFieldsAndBumpsTheVersion() {
    Tenant created = as(owner, () -> tenants.create(owner.userId(), tenantRecord("ada@x.test")));

    Tenant updated =
        as(owner, () -> tenants.update(created.id(), phoneCleared(), Versioned.exactly(1)))
            .orElseThrow();

    assertThat(updated.phone()).isEmpty();
    assertThat(updated.email()).isEqualTo("ada@x.test");
    assertThat(updated.version()).isEqualTo(2);
  }

  @Test
  void anUpdateWithAStaleVersionIsRefusedAndChangesNothing() {
    Tenant created = as(owner, () -> tenants.create(owner.userId(), tenantRecord("ada@x.test")));
    as(owner, () -> tenants.update(created.id(), phoneCleared(), Versioned.any()));

    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        tenants.update(
                            created.id(), emailChangedTo("new@x.test"), Versioned.exactly(1))))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(as(owner, () -> tenants.findById(created.id())).orElseThrow().email())
        .isEqualTo("ada@x.test");
  }

  @Test
  void changingTheEmailToAnotherRecordsIsADuplicate() {
    as(owner, () -> tenants.create(owner.userId(), tenantRecord("ada@x.test")));
    Tenant bob = as(owner, () -> tenants.create(owner.userId(), tenantRecord("bob@x.test")));

    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () -> tenants.update(bob.id(), emailChangedTo("ADA@x.test"), Versioned.any())))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("duplicate"));
  }

  @Test
  void archivingIsAStatusChange() {
    Tenant created = as(owner, () -> tenants.create(owner.userId(), tenantRecord("ada@x.test")));

    Tenant archived =
        as(
                owner,
                () ->
                    tenants.update(
                        created.id(), TenantChanges.status(TenantStatus.ARCHIVED), Versioned.any()))
            .orElseThrow();

    assertThat(archived.status()).isEqualTo(TenantStatus.ARCHIVED);
  }

  @Test
  void qSearchesFirstNameLastNameAndEmailTakingWildcardsLiterally() {
    as(owner, () -> tenants.create(owner.userId(), tenantRecord("Ada", "Lovelace", "ada@x.test")));
    as(owner, () -> tenants.create(owner.userId(), tenantRecord("Bob", "Adams", "bob@x.test")));
    as(owner, () -> tenants.create(owner.userId(), tenantRecord("Cy", "Young", "cy_ada@y.test")));
    as(owner, () -> tenants.create(owner.userId(), tenantRecord("Di", "Prince", "di@x.test")));

    assertThat(lastNames(search("ADA"))).containsExactly("Adams", "Lovelace", "Young");
    assertThat(lastNames(search("y.test"))).containsExactly("Young");
    assertThat(lastNames(search("%"))).isEmpty();
    assertThat(lastNames(search("_"))).containsExactly("Young");
  }

  @Test
  void statusFiltersAndTheTotalIsTrue() {
    IntStream.range(0, 12)
        .forEach(
            i ->
                as(
                    owner,
                    () ->
                        tenants.create(
                            owner.userId(), tenantRecord("T" + i, "Name" + i, i + "@x.test"))));
    Tenant archived =
        as(owner, () -> tenants.list(TenantFilter.none(), byLastName(), page(1))).items().get(0);
    as(
        owner,
        () ->
            tenants.update(
                archived.id(), TenantChanges.status(TenantStatus.ARCHIVED), Versioned.any()));

    Page<Tenant> active =
        as(
            owner,
            () ->
                tenants.list(
                    new TenantFilter(Optional.of(TenantStatus.ACTIVE), Optional.empty()),
                    byLastName(),
                    page(5)));

    assertThat(active.items()).hasSize(5);
    assertThat(active.total()).isEqualTo(11);
  }

  @Test
  void sortsByEmailDescending() {
    as(owner, () -> tenants.create(owner.userId(), tenantRecord("A", "One", "a@x.test")));
    as(owner, () -> tenants.create(owner.userId(), tenantRecord("B", "Two", "b@x.test")));

    Page<Tenant> page =
        as(
            owner,
            () ->
                tenants.list(
                    TenantFilter.none(),
                    new Sort<>(TenantSortField.EMAIL, Direction.DESCENDING),
                    page(10)));

    assertThat(page.items()).extracting(Tenant::email).containsExactly("b@x.test", "a@x.test");
  }

  @Test
  void aListTakesTheSameNumberOfStatementsWhateverThePageSize() {
    // With notes, so that the rows really join them.
    IntStream.range(0, 15)
        .forEach(
            i ->
                as(owner, () -> tenants.create(owner.userId(), withNotes(i + "@x.test", "N" + i))));
    AtomicInteger small = new AtomicInteger();
    AtomicInteger large = new AtomicInteger();

    countingStatements(
        owner, small, () -> tenants.list(TenantFilter.none(), byLastName(), page(1)));
    countingStatements(
        owner, large, () -> tenants.list(TenantFilter.none(), byLastName(), page(15)));

    // The tier's one set-up statement, then one query carrying the rows and the total.
    assertThat(small).hasValue(2);
    assertThat(large).hasValue(2);
  }

  @Test
  void notesAreWrittenWithTheRecordAndReadBackByFindAndList() {
    Tenant created =
        as(owner, () -> tenants.create(owner.userId(), withNotes("ada@x.test", "Pays early")));

    assertThat(created.notes()).contains("Pays early");
    assertThat(as(owner, () -> tenants.findById(created.id())).orElseThrow().notes())
        .contains("Pays early");
    assertThat(as(owner, () -> tenants.list(TenantFilter.none(), byLastName(), page(10))).items())
        .extracting(Tenant::notes)
        .containsExactly(Optional.of("Pays early"));
    assertThat(notesRows(created)).isEqualTo(1);
  }

  @Test
  void changingOnlyTheNotesBumpsTheVersionAndClearingThemDeletesTheirRow() {
    Tenant created = as(owner, () -> tenants.create(owner.userId(), tenantRecord("ada@x.test")));
    assertThat(notesRows(created)).isZero();

    Tenant noted =
        as(
                owner,
                () -> tenants.update(created.id(), notes(Change.to("First")), Versioned.exactly(1)))
            .orElseThrow();
    Tenant renoted =
        as(
                owner,
                () ->
                    tenants.update(created.id(), notes(Change.to("Second")), Versioned.exactly(2)))
            .orElseThrow();
    Tenant cleared =
        as(owner, () -> tenants.update(created.id(), notes(Change.cleared()), Versioned.exactly(3)))
            .orElseThrow();

    assertThat(noted.notes()).contains("First");
    assertThat(noted.version()).isEqualTo(2);
    assertThat(renoted.notes()).contains("Second");
    assertThat(renoted.version()).isEqualTo(3);
    assertThat(cleared.notes()).isEmpty();
    assertThat(cleared.version()).isEqualTo(4);
    assertThat(notesRows(created)).isZero();
  }

  @Test
  void aNotesChangeAtAStaleVersionIsRefusedAndLeavesTheNotes() {
    Tenant created =
        as(owner, () -> tenants.create(owner.userId(), withNotes("ada@x.test", "Kept")));
    as(owner, () -> tenants.update(created.id(), phoneCleared(), Versioned.any()));

    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        tenants.update(
                            created.id(), notes(Change.cleared()), Versioned.exactly(1))))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(as(owner, () -> tenants.findById(created.id())).orElseThrow().notes())
        .contains("Kept");
  }

  @Test
  void anotherOwnerCannotChangeTheNotes() {
    Tenant created =
        as(owner, () -> tenants.create(owner.userId(), withNotes("ada@x.test", "Mine")));
    Caller other = newOwner();

    assertThat(
            as(other, () -> tenants.update(created.id(), notes(Change.cleared()), Versioned.any())))
        .isEmpty();
    assertThat(as(owner, () -> tenants.findById(created.id())).orElseThrow().notes())
        .contains("Mine");
  }

  private long notesRows(Tenant tenant) {
    return database()
        .count("select count(*) from leaseport.tenant_notes where tenant_id = ?", tenant.id());
  }

  private static NewTenant withNotes(String email, String notes) {
    NewTenant plain = tenantRecord(email);
    return new NewTenant(
        plain.firstName(),
        plain.lastName(),
        plain.email(),
        plain.phone(),
        plain.emergencyContactName(),
        plain.emergencyContactPhone(),
        Optional.of(notes));
  }

  private static TenantChanges notes(Change<String> notes) {
    return new TenantChanges(
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        notes,
        Change.unchanged());
  }

  private Page<Tenant> search(String text) {
    return as(
        owner,
        () ->
            tenants.list(
                new TenantFilter(Optional.empty(), Optional.of(text)), byLastName(), page(10)));
  }

  private static java.util.List<String> lastNames(Page<Tenant> page) {
    return page.items().stream().map(Tenant::lastName).toList();
  }

  private static Sort<TenantSortField> byLastName() {
    return Sort.ascending(TenantSortField.LAST_NAME);
  }

  private static PageRequest page(int limit) {
    return new PageRequest(limit, 0);
  }
}
