package dev.leaseport.adapters.persistence.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.maintenance.MaintenanceCategory;
import dev.leaseport.domain.maintenance.MaintenanceChanges;
import dev.leaseport.domain.maintenance.MaintenanceFilter;
import dev.leaseport.domain.maintenance.MaintenancePriority;
import dev.leaseport.domain.maintenance.MaintenanceRequest;
import dev.leaseport.domain.maintenance.MaintenanceSortField;
import dev.leaseport.domain.maintenance.MaintenanceStatus;
import dev.leaseport.domain.maintenance.NewMaintenanceRequest;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.PreconditionFailedException;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.ValidationException;
import dev.leaseport.domain.shared.Versioned;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Filing, reading, listing and changing requests through the repository, as the owner sees it. */
class MaintenanceRepositoryTest extends MaintenanceTest {

  @Test
  void theOwnerSchedulesAndPricesARequestAndTheVersionMoves() {
    MaintenanceRequest filed = file(renter, unit, "Leaking tap");

    MaintenanceRequest changed =
        as(
                owner,
                () ->
                    requests.update(
                        filed.id(),
                        new MaintenanceChanges(
                            Change.unchanged(),
                            Change.to(MaintenancePriority.URGENT),
                            Change.to(LocalDate.of(2031, 5, 4)),
                            Change.to(new Money(20_000, "usd")),
                            Change.unchanged(),
                            Optional.empty()),
                        Versioned.exactly(filed.version())))
            .orElseThrow();

    assertThat(changed.priority()).isEqualTo(MaintenancePriority.URGENT);
    assertThat(changed.scheduledFor()).hasValue(LocalDate.of(2031, 5, 4));
    assertThat(changed.estimatedCost()).hasValue(new Money(20_000, "usd"));
    assertThat(changed.version()).isEqualTo(filed.version() + 1);
    assertThat(events(filed.id())).isEqualTo(1);
  }

  @Test
  void aClearedCostOrDateIsNullAgain() {
    MaintenanceRequest filed = file(renter, unit, "Leaking tap");
    change(filed.id(), Change.to(LocalDate.of(2031, 5, 4)), Change.to(new Money(1, "usd")));

    MaintenanceRequest cleared = change(filed.id(), Change.cleared(), Change.cleared());

    assertThat(cleared.scheduledFor()).isEmpty();
    assertThat(cleared.estimatedCost()).isEmpty();
  }

  @Test
  void aStaleVersionIsPreconditionFailedAndChangesNothing() {
    MaintenanceRequest filed = file(renter, unit, "Leaking tap");

    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        requests.update(
                            filed.id(),
                            statusChange(MaintenanceStatus.IN_PROGRESS),
                            Versioned.exactly(filed.version() + 7))))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(events(filed.id())).isEqualTo(1);
  }

  @Test
  void aCostBeyondTheLimitIsRefusedByTheDatabaseToo() {
    MaintenanceRequest filed = file(renter, unit, "Leaking tap");

    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        transactions
                            .dsl()
                            .execute(
                                "update leaseport.maintenance_requests"
                                    + " set actual_cost = 10000000001 where id = ?",
                                filed.id())))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting("field").containsExactly("actualCost"));
  }

  @Test
  void listsFilterByStatusPriorityCategoryPropertyUnitAndTitleWithTheTrueTotal() {
    MaintenanceRequest tap = file(renter, unit, "Leaking tap");
    MaintenanceRequest window =
        as(
            neighbour,
            () ->
                requests.file(
                    new NewMaintenanceRequest(
                        neighboursUnit,
                        "Broken window",
                        Optional.empty(),
                        MaintenanceCategory.STRUCTURAL,
                        MaintenancePriority.LOW)));
    as(
        owner,
        () -> requests.update(tap.id(), statusChange(MaintenanceStatus.ON_HOLD), Versioned.any()));

    assertThat(ids(filterStatus(MaintenanceStatus.ON_HOLD))).containsExactly(tap.id());
    assertThat(
            ids(
                filter(
                    Optional.of(MaintenancePriority.LOW),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty())))
        .containsExactly(window.id());
    assertThat(
            ids(
                filter(
                    Optional.empty(),
                    Optional.of(MaintenanceCategory.PLUMBING),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty())))
        .containsExactly(tap.id());
    assertThat(
            ids(
                filter(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(property),
                    Optional.empty(),
                    Optional.empty())))
        .containsExactlyInAnyOrder(tap.id(), window.id());
    assertThat(
            ids(
                filter(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(UUID.randomUUID()),
                    Optional.empty(),
                    Optional.empty())))
        .isEmpty();
    assertThat(
            ids(
                filter(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(neighboursUnit),
                    Optional.empty())))
        .containsExactly(window.id());
    assertThat(
            ids(
                filter(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("WINDOW"))))
        .containsExactly(window.id());
  }

  @Test
  void listsSortByPriorityInItsOrderAndReportTheTotalBeyondThePage() {
    MaintenanceRequest high = file(renter, unit, "High");
    MaintenanceRequest low =
        as(
            owner,
            () ->
                requests.file(
                    new NewMaintenanceRequest(
                        unit,
                        "Low",
                        Optional.empty(),
                        MaintenanceCategory.OTHER,
                        MaintenancePriority.LOW)));

    Page<MaintenanceRequest> page =
        as(
            owner,
            () ->
                requests.list(
                    MaintenanceFilter.none(),
                    new Sort<>(MaintenanceSortField.PRIORITY, Direction.DESCENDING),
                    new PageRequest(1, 0)));

    assertThat(page.items()).extracting(MaintenanceRequest::id).containsExactly(high.id());
    assertThat(page.total()).isEqualTo(2);
    assertThat(low.priority()).isEqualTo(MaintenancePriority.LOW);
  }

  @Test
  void aListIsOneStatementWhateverThePageSize() {
    for (int i = 0; i < 12; i++) {
      file(renter, unit, "Request " + i);
    }
    AtomicInteger small = new AtomicInteger();
    AtomicInteger large = new AtomicInteger();

    countingStatements(
        owner,
        small,
        () -> requests.list(MaintenanceFilter.none(), byDate(), new PageRequest(1, 0)));
    countingStatements(
        owner,
        large,
        () -> requests.list(MaintenanceFilter.none(), byDate(), new PageRequest(10, 0)));

    // The tier's one set-up statement, then one query carrying the rows and the total.
    assertThat(small).hasValue(2);
    assertThat(large).hasValue(2);
  }

  @Test
  void theHistoryIsAPageOldestFirstAndEmptyForAnInvisibleRequest() {
    MaintenanceRequest filed = file(renter, unit, "Leaking tap");
    as(
        owner,
        () ->
            requests.update(
                filed.id(), statusChange(MaintenanceStatus.IN_PROGRESS), Versioned.any()));

    var history =
        as(renter, () -> requests.history(filed.id(), new PageRequest(1, 1))).orElseThrow();

    assertThat(history.total()).isEqualTo(2);
    assertThat(history.items())
        .singleElement()
        .satisfies(e -> assertThat(e.toStatus()).isEqualTo(MaintenanceStatus.IN_PROGRESS));
    assertThat(as(owner, () -> requests.history(UUID.randomUUID(), new PageRequest(20, 0))))
        .isEmpty();
  }

  private MaintenanceRequest change(UUID id, Change<LocalDate> date, Change<Money> estimate) {
    return as(
            owner,
            () ->
                requests.update(
                    id,
                    new MaintenanceChanges(
                        Change.unchanged(),
                        Change.unchanged(),
                        date,
                        estimate,
                        Change.unchanged(),
                        Optional.empty()),
                    Versioned.any()))
        .orElseThrow();
  }

  private static MaintenanceChanges statusChange(MaintenanceStatus status) {
    return new MaintenanceChanges(
        Change.to(status),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Optional.empty());
  }

  private static Sort<MaintenanceSortField> byDate() {
    return Sort.ascending(MaintenanceSortField.CREATED_AT);
  }

  private static MaintenanceFilter filterStatus(MaintenanceStatus status) {
    return new MaintenanceFilter(
        Optional.of(status),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static MaintenanceFilter filter(
      Optional<MaintenancePriority> priority,
      Optional<MaintenanceCategory> category,
      Optional<UUID> propertyId,
      Optional<UUID> unitId,
      Optional<String> q) {
    return new MaintenanceFilter(Optional.empty(), priority, category, propertyId, unitId, q);
  }

  private java.util.List<UUID> ids(MaintenanceFilter filter) {
    return as(owner, () -> requests.list(filter, byDate(), new PageRequest(100, 0)))
        .items()
        .stream()
        .map(MaintenanceRequest::id)
        .toList();
  }
}
