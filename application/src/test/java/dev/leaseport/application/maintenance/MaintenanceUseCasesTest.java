package dev.leaseport.application.maintenance;

import static dev.leaseport.domain.testdata.CallerTestData.caller;
import static dev.leaseport.domain.testdata.CallerTestData.owner;
import static dev.leaseport.domain.testdata.CallerTestData.tenant;
import static dev.leaseport.domain.testdata.MaintenanceTestData.newRequest;
import static dev.leaseport.domain.testdata.MaintenanceTestData.statusChangedTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.application.fakes.FakeMaintenanceRepository;
import dev.leaseport.application.fakes.FakeUserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.maintenance.MaintenanceCancellation;
import dev.leaseport.domain.maintenance.MaintenanceFilter;
import dev.leaseport.domain.maintenance.MaintenanceRequest;
import dev.leaseport.domain.maintenance.MaintenanceSortField;
import dev.leaseport.domain.maintenance.MaintenanceStatus;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MaintenanceUseCasesTest {
  private static final MaintenanceCancellation NO_NOTE =
      new MaintenanceCancellation(Optional.empty());

  private final FakeUserTransactions transactions = new FakeUserTransactions();
  private final FakeMaintenanceRepository requests = new FakeMaintenanceRepository(transactions);
  private final FileMaintenanceRequest file = new FileMaintenanceRequest(transactions, requests);
  private final ListMaintenanceRequests list = new ListMaintenanceRequests(transactions, requests);
  private final GetMaintenanceRequest get = new GetMaintenanceRequest(transactions, requests);
  private final ListMaintenanceEvents events = new ListMaintenanceEvents(transactions, requests);
  private final UpdateMaintenanceRequest update =
      new UpdateMaintenanceRequest(transactions, requests);
  private final CancelMaintenanceRequest cancel =
      new CancelMaintenanceRequest(transactions, requests);

  /** Each action, and the one user type it refuses besides ADMIN. */
  static Stream<Named<BiConsumer<MaintenanceUseCasesTest, Caller>>> everyAction() {
    UUID id = UUID.randomUUID();
    return Stream.of(
        Named.of("FileMaintenanceRequest", (t, c) -> t.file.execute(c, newRequest(id))),
        Named.of(
            "ListMaintenanceRequests",
            (t, c) ->
                t.list.execute(
                    c,
                    MaintenanceFilter.none(),
                    Sort.ascending(MaintenanceSortField.CREATED_AT),
                    new PageRequest(20, 0))),
        Named.of("GetMaintenanceRequest", (t, c) -> t.get.execute(c, id)),
        Named.of(
            "ListMaintenanceEvents", (t, c) -> t.events.execute(c, id, new PageRequest(20, 0))),
        Named.of(
            "UpdateMaintenanceRequest",
            (t, c) ->
                t.update.execute(
                    c, id, statusChangedTo(MaintenanceStatus.IN_PROGRESS), Versioned.any())),
        Named.of("CancelMaintenanceRequest", (t, c) -> t.cancel.execute(c, id, NO_NOTE)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyAction")
  void anAdminIsForbiddenAndNoTransactionOpens(BiConsumer<MaintenanceUseCasesTest, Caller> action) {
    assertThatThrownBy(() -> action.accept(this, caller(UserType.ADMIN)))
        .isInstanceOf(ForbiddenException.class);

    assertThat(transactions.callers()).isEmpty();
  }

  @Test
  void onlyAnOwnerChangesARequestAndOnlyARenterCancelsOne() {
    MaintenanceRequest request = requests.add(MaintenanceStatus.OPEN, UUID.randomUUID());

    assertThatThrownBy(
            () ->
                update.execute(
                    tenant(),
                    request.id(),
                    statusChangedTo(MaintenanceStatus.CANCELLED),
                    Versioned.any()))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> cancel.execute(owner(), request.id(), NO_NOTE))
        .isInstanceOf(ForbiddenException.class);
    assertThat(transactions.callers()).isEmpty();
  }

  @Test
  void bothOwnersAndRentersFileAndRead() {
    MaintenanceRequest filed = file.execute(tenant(), newRequest(UUID.randomUUID()));
    file.execute(owner(), newRequest(UUID.randomUUID()));

    assertThat(get.execute(tenant(), filed.id())).isEqualTo(filed);
    assertThat(events.execute(owner(), filed.id(), new PageRequest(20, 0)).total()).isZero();
    assertThat(requests.calls()).containsExactly("file", "file", "history");
  }

  @Test
  void anIllegalMoveIsAConflictNamingTheStateAndWritesNothing() {
    MaintenanceRequest request = requests.add(MaintenanceStatus.OPEN, UUID.randomUUID());

    assertThatThrownBy(
            () ->
                update.execute(
                    owner(),
                    request.id(),
                    statusChangedTo(MaintenanceStatus.COMPLETED),
                    Versioned.any()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("maintenance-state-conflict"))
        .hasMessageContaining("OPEN");
    assertThat(requests.calls()).isEmpty();
  }

  @Test
  void aLegalMoveIsOneUpdate() {
    MaintenanceRequest request = requests.add(MaintenanceStatus.OPEN, UUID.randomUUID());

    update.execute(
        owner(), request.id(), statusChangedTo(MaintenanceStatus.IN_PROGRESS), Versioned.any());

    assertThat(requests.calls()).containsExactly("update");
  }

  @Test
  void theRenterWhoFiledCancelsWhileOpen() {
    Caller renter = tenant();
    MaintenanceRequest request = requests.add(MaintenanceStatus.OPEN, renter.userId());

    cancel.execute(renter, request.id(), NO_NOTE);

    assertThat(requests.calls()).containsExactly("cancel");
  }

  @Test
  void aCancelAfterTheStartIsAConflictAndCancelsNothing() {
    Caller renter = tenant();
    MaintenanceRequest request = requests.add(MaintenanceStatus.IN_PROGRESS, renter.userId());

    assertThatThrownBy(() -> cancel.execute(renter, request.id(), NO_NOTE))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("IN_PROGRESS");
    assertThat(requests.calls()).isEmpty();
  }

  @Test
  void aRenterCannotCancelARequestSomebodyElseFiled() {
    MaintenanceRequest request = requests.add(MaintenanceStatus.OPEN, UUID.randomUUID());

    assertThatThrownBy(() -> cancel.execute(tenant(), request.id(), NO_NOTE))
        .isInstanceOf(ForbiddenException.class);
    assertThat(requests.calls()).isEmpty();
  }

  @Test
  void anInvisibleRequestIsNotFound() {
    assertThatThrownBy(() -> get.execute(tenant(), UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Maintenance request not found");
    assertThatThrownBy(() -> events.execute(owner(), UUID.randomUUID(), new PageRequest(20, 0)))
        .isInstanceOf(NotFoundException.class);
  }
}
