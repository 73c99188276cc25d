package dev.leaseport.adapters.persistence.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.maintenance.MaintenanceCancellation;
import dev.leaseport.domain.maintenance.MaintenanceChanges;
import dev.leaseport.domain.maintenance.MaintenanceEvent;
import dev.leaseport.domain.maintenance.MaintenanceRequest;
import dev.leaseport.domain.maintenance.MaintenanceStatus;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.DomainException;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Versioned;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The history is complete by construction: whatever changes a status (the repository, a renter's
 * cancel, a direct UPDATE, the system) leaves exactly one event, and the database allows exactly
 * the moves of {@link MaintenanceStatus}.
 */
class MaintenanceHistoryTest extends MaintenanceTest {

  static Stream<Arguments> everyPairOfStatuses() {
    return Arrays.stream(MaintenanceStatus.values())
        .flatMap(
            from -> Arrays.stream(MaintenanceStatus.values()).map(to -> Arguments.of(from, to)))
        .filter(pair -> pair.get()[0] != pair.get()[1]);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPairOfStatuses")
  void theDatabaseAllowsExactlyTheMovesOfTheDomainsTable(
      MaintenanceStatus from, MaintenanceStatus to) {
    UUID request = requestIn(from);
    long before = events(request);

    Optional<String> refusal =
        directUpdate(
            owner,
            "update leaseport.maintenance_requests"
                + " set status = '"
                + to
                + "' where id = '"
                + request
                + "'");

    if (from.canMoveTo(to)) {
      assertThat(refusal).isEmpty();
      assertThat(status(request)).isEqualTo(to.name());
      assertThat(events(request)).isEqualTo(before + 1);
    } else {
      assertThat(refusal).hasValue("maintenance-state-conflict");
      assertThat(status(request)).isEqualTo(from.name());
      assertThat(events(request)).isEqualTo(before);
    }
  }

  @Test
  void aDirectUpdateByTheOwnerLeavesOneEventNamingTheOwner() {
    MaintenanceRequest filed = file(renter, unit, "Leaking tap");

    Optional<String> refusal =
        directUpdate(
            owner,
            "update leaseport.maintenance_requests"
                + " set status = 'IN_PROGRESS' where id = '"
                + filed.id()
                + "'");

    assertThat(refusal).isEmpty();
    List<MaintenanceEvent> history = historyAs(owner, filed.id());
    assertThat(history)
        .extracting(
            MaintenanceEvent::fromStatus, MaintenanceEvent::toStatus, MaintenanceEvent::actorId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Optional.empty(), MaintenanceStatus.OPEN, Optional.of(renter.userId())),
            org.assertj.core.groups.Tuple.tuple(
                Optional.of(MaintenanceStatus.OPEN),
                MaintenanceStatus.IN_PROGRESS,
                Optional.of(owner.userId())));
  }

  @Test
  void aChangeByTheSystemLeavesAnEventWithoutAnActor() {
    MaintenanceRequest filed = file(renter, unit, "Leaking tap");

    database()
        .superuser()
        .execute(
            "update leaseport.maintenance_requests set status = 'ON_HOLD' where id = ?",
            filed.id());

    MaintenanceEvent last = historyAs(owner, filed.id()).get(1);
    assertThat(last.toStatus()).isEqualTo(MaintenanceStatus.ON_HOLD);
    assertThat(last.actorId()).isEmpty();
    assertThat(notifications(renter, "MAINTENANCE_STATUS_CHANGED")).isEqualTo(1);
  }

  @Test
  void theNoteOfAChangeGoesIntoItsEventAndIsNeverStoredOnTheRequest() {
    MaintenanceRequest filed = file(renter, unit, "Leaking tap");

    update(owner, filed.id(), statusChange(MaintenanceStatus.ON_HOLD, "Waiting for a part"));
    update(owner, filed.id(), statusChange(MaintenanceStatus.IN_PROGRESS, null));

    List<MaintenanceEvent> history = historyAs(renter, filed.id());
    assertThat(history)
        .extracting(MaintenanceEvent::note)
        .containsExactly(Optional.empty(), Optional.of("Waiting for a part"), Optional.empty());
    assertThat(
            database()
                .count(
                    "select count(*) from leaseport.maintenance_requests where status_note is not null"))
        .isZero();
  }

  @Test
  void aNoteWithoutAStatusChangeIsRefused() {
    MaintenanceRequest filed = file(renter, unit, "Leaking tap");

    Optional<String> refusal =
        directUpdate(
            owner,
            "update leaseport.maintenance_requests"
                + " set priority = 'LOW', status_note = 'Just a note' where id = '"
                + filed.id()
                + "'");

    assertThat(refusal).hasValue("validation-failed");
    assertThat(events(filed.id())).isEqualTo(1);
  }

  @Test
  void completingSetsCompletedAtAndTheActualCostTogether() {
    MaintenanceRequest filed = file(renter, unit, "Leaking tap");
    update(owner, filed.id(), statusChange(MaintenanceStatus.IN_PROGRESS, null));

    MaintenanceRequest completed =
        update(
            owner,
            filed.id(),
            new MaintenanceChanges(
                Change.to(MaintenanceStatus.COMPLETED),
                Change.unchanged(),
                Change.unchanged(),
                Change.unchanged(),
                Change.to(new Money(12_500, "usd")),
                Optional.of("Washer replaced")));

    assertThat(completed.status()).isEqualTo(MaintenanceStatus.COMPLETED);
    assertThat(completed.completedAt()).isPresent();
    assertThat(completed.actualCost()).hasValue(new Money(12_500, "usd"));
    assertThat(events(filed.id())).isEqualTo(3);
  }

  @Test
  void theRequesterIsToldOfEachChangeTheOwnerMakesAndTheOwnerOfEachFiling() {
    MaintenanceRequest filed = file(renter, unit, "Leaking tap");

    update(owner, filed.id(), statusChange(MaintenanceStatus.IN_PROGRESS, null));
    update(owner, filed.id(), statusChange(MaintenanceStatus.COMPLETED, null));

    assertThat(notifications(owner, "MAINTENANCE_CREATED")).isEqualTo(1);
    assertThat(notifications(renter, "MAINTENANCE_STATUS_CHANGED")).isEqualTo(2);
    assertThat(notifications(owner, "MAINTENANCE_STATUS_CHANGED")).isZero();
  }

  @Test
  void anOwnersOwnRequestNotifiesNobody() {
    MaintenanceRequest filed = file(owner, unit, "Repaint the hall");

    update(owner, filed.id(), statusChange(MaintenanceStatus.IN_PROGRESS, null));

    assertThat(filed.requestedBy()).isEqualTo(owner.userId());
    assertThat(notifications(owner, "MAINTENANCE_CREATED")).isZero();
    assertThat(notifications(owner, "MAINTENANCE_STATUS_CHANGED")).isZero();
    assertThat(events(filed.id())).isEqualTo(2);
  }

  @Test
  void theRenterCancelsTheirOpenRequestWithANote() {
    MaintenanceRequest filed = file(renter, unit, "Leaking tap");

    cancel(renter, filed.id(), "Fixed it myself");

    assertThat(read(renter, filed.id()).orElseThrow().status())
        .isEqualTo(MaintenanceStatus.CANCELLED);
    MaintenanceEvent last = historyAs(owner, filed.id()).get(1);
    assertThat(last.toStatus()).isEqualTo(MaintenanceStatus.CANCELLED);
    assertThat(last.actorId()).hasValue(renter.userId());
    assertThat(last.note()).hasValue("Fixed it myself");
    assertThat(notifications(renter, "MAINTENANCE_STATUS_CHANGED")).isZero();
  }

  @Test
  void aCancelAfterTheWorkStartedIsAConflictNamingTheState() {
    MaintenanceRequest filed = file(renter, unit, "Leaking tap");
    update(owner, filed.id(), statusChange(MaintenanceStatus.IN_PROGRESS, null));

    assertThatThrownBy(() -> cancel(renter, filed.id(), null))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("maintenance-state-conflict"))
        .hasMessageContaining("IN_PROGRESS");
    assertThat(events(filed.id())).isEqualTo(2);
  }

  @Test
  void onlyTheRenterWhoFiledARequestMayCancelIt() {
    MaintenanceRequest filed = file(renter, unit, "Leaking tap");

    for (Caller other : List.of(neighbour, owner, newOwner(), newTenant())) {
      assertThatThrownBy(() -> cancel(other, filed.id(), null))
          .as("cancel by %s", other.userType())
          .isInstanceOf(NotFoundException.class);
    }
    assertThat(status(filed.id())).isEqualTo("OPEN");
    assertThat(events(filed.id())).isEqualTo(1);
  }

  @Test
  void theRepositoryRefusesAMoveWithTheSameConflict() {
    MaintenanceRequest filed = file(renter, unit, "Leaking tap");

    assertThatThrownBy(
            () -> update(owner, filed.id(), statusChange(MaintenanceStatus.COMPLETED, null)))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("maintenance-state-conflict"))
        .hasMessage("The maintenance request is OPEN; it cannot become COMPLETED");
    assertThat(notifications(renter, "MAINTENANCE_STATUS_CHANGED")).isZero();
  }

  /**
   * A request of the renter's unit put straight into {@code status}, past the status trigger (which
   * a replica-role session does not fire), with its filing event.
   */
  private UUID requestIn(MaintenanceStatus status) {
    UUID id = file(renter, unit, "In " + status).id();
    database()
        .superuser()
        .transaction(
            configuration -> {
              configuration.dsl().execute("set local session_replication_role = replica");
              configuration
                  .dsl()
                  .execute(
                      "update leaseport.maintenance_requests"
                          + " set status = ?::leaseport.maintenance_status,"
                          + " completed_at = case when ? = 'COMPLETED' then now() end where id = ?",
                      status.name(),
                      status.name(),
                      id);
            });
    return id;
  }

  /** Runs raw SQL as {@code caller}; the problem code it was refused with, if it was. */
  private Optional<String> directUpdate(Caller caller, String sql) {
    try {
      as(caller, () -> transactions.dsl().execute(sql));
      return Optional.empty();
    } catch (DomainException e) {
      return Optional.of(e.code());
    }
  }

  private String status(UUID request) {
    return database()
        .superuser()
        .fetchSingle(
            "select status::text from leaseport.maintenance_requests where id = ?", request)
        .get(0, String.class);
  }

  private MaintenanceRequest update(Caller caller, UUID id, MaintenanceChanges changes) {
    return as(caller, () -> requests.update(id, changes, Versioned.any())).orElseThrow();
  }

  private void cancel(Caller caller, UUID id, String note) {
    as(
        caller,
        () -> {
          requests.cancel(id, new MaintenanceCancellation(Optional.ofNullable(note)));
          return null;
        });
  }

  private List<MaintenanceEvent> historyAs(Caller caller, UUID id) {
    return as(caller, () -> requests.history(id, new PageRequest(100, 0))).orElseThrow().items();
  }

  private static MaintenanceChanges statusChange(MaintenanceStatus status, String note) {
    return new MaintenanceChanges(
        Change.to(status),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Optional.ofNullable(note));
  }
}
