package dev.leaseport.application.lease;

import static dev.leaseport.domain.testdata.CallerTestData.owner;
import static dev.leaseport.domain.testdata.CallerTestData.tenant;
import static dev.leaseport.domain.testdata.LeaseTestData.newLease;
import static dev.leaseport.domain.testdata.LeaseTestData.rentChangedTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.application.fakes.FakeLeaseRepository;
import dev.leaseport.application.fakes.FakeUserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseFilter;
import dev.leaseport.domain.lease.LeaseRenewal;
import dev.leaseport.domain.lease.LeaseSortField;
import dev.leaseport.domain.lease.LeaseStatus;
import dev.leaseport.domain.lease.LeaseTermination;
import dev.leaseport.domain.lease.SigningContext;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.ValidationException;
import dev.leaseport.domain.shared.Versioned;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LeaseUseCasesTest {
  private static final SigningContext NOWHERE =
      new SigningContext(Optional.empty(), Optional.empty());

  private final FakeUserTransactions transactions = new FakeUserTransactions();
  private final FakeLeaseRepository leases = new FakeLeaseRepository(transactions);
  private final CreateLease create = new CreateLease(transactions, leases);
  private final ListLeases list = new ListLeases(transactions, leases);
  private final GetLease get = new GetLease(transactions, leases);
  private final UpdateLease update = new UpdateLease(transactions, leases);
  private final SendLease send = new SendLease(transactions, leases);
  private final SignLease sign = new SignLease(transactions, leases);
  private final TerminateLease terminate = new TerminateLease(transactions, leases);
  private final RenewLease renew = new RenewLease(transactions, leases);
  private final CancelLease cancel = new CancelLease(transactions, leases);

  static Stream<Named<BiConsumer<LeaseUseCasesTest, Caller>>> ownerOnlyActions() {
    UUID id = UUID.randomUUID();
    return Stream.of(
        Named.of("CreateLease", (t, c) -> t.create.execute(c, newLease(id, id))),
        Named.of(
            "ListLeases",
            (t, c) ->
                t.list.execute(
                    c,
                    LeaseFilter.none(),
                    Sort.ascending(LeaseSortField.START_DATE),
                    new PageRequest(20, 0))),
        Named.of(
            "UpdateLease", (t, c) -> t.update.execute(c, id, rentChangedTo(1), Versioned.any())),
        Named.of("SendLease", (t, c) -> t.send.execute(c, id)),
        Named.of(
            "TerminateLease",
            (t, c) ->
                t.terminate.execute(
                    c, id, new LeaseTermination(LocalDate.of(2030, 6, 30), Optional.empty()))),
        Named.of(
            "RenewLease",
            (t, c) ->
                t.renew.execute(
                    c, id, new LeaseRenewal(LocalDate.of(2031, 12, 31), Optional.empty()))),
        Named.of("CancelLease", (t, c) -> t.cancel.execute(c, id)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownerOnlyActions")
  void aTenantIsForbiddenAndNoRepositoryIsTouched(BiConsumer<LeaseUseCasesTest, Caller> action) {
    assertThatThrownBy(() -> action.accept(this, tenant())).isInstanceOf(ForbiddenException.class);

    assertThat(leases.calls()).isEmpty();
    assertThat(transactions.callers()).isEmpty();
  }

  @Test
  void aRenterMayReadAndSignWhatRowLevelSecurityShowsThem() {
    Lease lease = leases.add(LeaseStatus.PENDING_SIGNATURE);
    Caller renter = tenant();

    assertThat(get.execute(renter, lease.id())).isEqualTo(lease);
    sign.execute(renter, lease.id(), NOWHERE);

    assertThat(leases.calls()).containsExactly("sign");
  }

  @Test
  void anInvisibleLeaseIsNotFound() {
    assertThatThrownBy(() -> sign.execute(tenant(), UUID.randomUUID(), NOWHERE))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Lease not found");
    assertThat(leases.calls()).isEmpty();
  }

  @Test
  void sendingAnActiveLeaseIsAConflictNamingItsStateAndSendsNothing() {
    Lease lease = leases.add(LeaseStatus.ACTIVE);

    assertThatThrownBy(() -> send.execute(owner(), lease.id()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("lease-state-conflict"))
        .hasMessageContaining("ACTIVE");
    assertThat(leases.calls()).isEmpty();
  }

  @Test
  void onlyADraftIsEdited() {
    Lease lease = leases.add(LeaseStatus.PENDING_SIGNATURE);

    assertThatThrownBy(() -> update.execute(owner(), lease.id(), rentChangedTo(1), Versioned.any()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("PENDING_SIGNATURE");
    assertThat(leases.calls()).isEmpty();
  }

  @Test
  void signingADraftIsAConflictAndSignsNothing() {
    Lease lease = leases.add(LeaseStatus.DRAFT);

    assertThatThrownBy(() -> sign.execute(owner(), lease.id(), NOWHERE))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("DRAFT");
    assertThat(leases.calls()).isEmpty();
  }

  @Test
  void aTerminationOutsideTheTermIsInvalidAndTerminatesNothing() {
    Lease lease = leases.add(LeaseStatus.ACTIVE);

    assertThatThrownBy(
            () ->
                terminate.execute(
                    owner(),
                    lease.id(),
                    new LeaseTermination(LocalDate.of(2031, 1, 1), Optional.empty())))
        .isInstanceOf(ValidationException.class);
    assertThat(leases.calls()).isEmpty();
  }

  @Test
  void aRenewalMustEndAfterItStarts() {
    Lease lease = leases.add(LeaseStatus.ENDED);

    assertThatThrownBy(
            () ->
                renew.execute(
                    owner(),
                    lease.id(),
                    new LeaseRenewal(LocalDate.of(2031, 1, 1), Optional.empty())))
        .isInstanceOf(ValidationException.class);
    assertThat(leases.calls()).isEmpty();
  }

  @Test
  void cancellingASentLeaseCallsTheRepositoryOnce() {
    Lease lease = leases.add(LeaseStatus.PENDING_SIGNATURE);

    cancel.execute(owner(), lease.id());

    assertThat(leases.calls()).containsExactly("cancel");
  }
}
