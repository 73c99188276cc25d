package dev.leaseport.application.invitation;

import static dev.leaseport.domain.testdata.CallerTestData.owner;
import static dev.leaseport.domain.testdata.CallerTestData.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.application.fakes.FakeInvitationRepository;
import dev.leaseport.application.fakes.FakeTenantRepository;
import dev.leaseport.application.fakes.FakeUserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.invitation.Invitation;
import dev.leaseport.domain.invitation.InvitationFilter;
import dev.leaseport.domain.invitation.InvitationPolicy;
import dev.leaseport.domain.invitation.InvitationSortField;
import dev.leaseport.domain.invitation.InvitationState;
import dev.leaseport.domain.invitation.InvitationToken;
import dev.leaseport.domain.invitation.IssuedInvitation;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.tenant.Tenant;
import dev.leaseport.domain.tenant.TenantStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvitationUseCasesTest {
  private static final Duration TTL = Duration.ofHours(36);
  private final FakeUserTransactions transactions = new FakeUserTransactions();
  private final FakeTenantRepository tenants = new FakeTenantRepository(transactions);
  private final FakeInvitationRepository invitations = new FakeInvitationRepository(transactions);
  private final CreateInvitation create =
      new CreateInvitation(transactions, tenants, invitations, new InvitationPolicy(TTL));
  private final GetInvitation get = new GetInvitation(transactions, invitations);
  private final ListInvitations list = new ListInvitations(transactions, invitations);
  private final RevokeInvitation revoke = new RevokeInvitation(transactions, invitations);
  private final AcceptInvitation accept = new AcceptInvitation(transactions, invitations);

  static Stream<Named<BiConsumer<InvitationUseCasesTest, Caller>>> ownerOnlyActions() {
    UUID id = UUID.randomUUID();
    return Stream.of(
        Named.of("CreateInvitation", (t, c) -> t.create.execute(c, id, Optional.empty())),
        Named.of("GetInvitation", (t, c) -> t.get.execute(c, id)),
        Named.of(
            "ListInvitations",
            (t, c) ->
                t.list.execute(
                    c,
                    InvitationFilter.none(),
                    Sort.ascending(InvitationSortField.CREATED_AT),
                    new PageRequest(20, 0))),
        Named.of("RevokeInvitation", (t, c) -> t.revoke.execute(c, id)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownerOnlyActions")
  void aTenantIsForbiddenAndNothingIsTouched(BiConsumer<InvitationUseCasesTest, Caller> action) {
    assertThatThrownBy(() -> action.accept(this, tenant())).isInstanceOf(ForbiddenException.class);

    assertThat(invitations.calls()).isEmpty();
    assertThat(tenants.calls()).isEmpty();
  }

  @Test
  void onlyATenantMayAccept() {
    assertThatThrownBy(() -> accept.execute(owner(), InvitationToken.generate()))
        .isInstanceOf(ForbiddenException.class);
    assertThat(invitations.calls()).isEmpty();

    Caller renter = tenant();
    accept.execute(renter, InvitationToken.generate());
    assertThat(transactions.callers()).containsExactly(renter);
    assertThat(invitations.calls()).containsExactly("accept");
  }

  @Test
  void anOwnerInvitesAnActiveUnlinkedRecordWithAFreshTokenAndTheConfiguredLifetime() {
    Caller owner = owner();
    Tenant record = tenants.add(owner.userId(), TenantStatus.ACTIVE, Optional.empty());

    IssuedInvitation first = create.execute(owner, record.id(), Optional.empty());
    IssuedInvitation second = create.execute(owner, record.id(), Optional.empty());

    assertThat(first.token().value()).hasSize(43).isNotEqualTo(second.token().value());
    assertThat(invitations.timesToLive()).containsExactly(TTL, TTL);
  }

  @Test
  void anArchivedOrLinkedRecordIsNotInvitedAndNothingIsCreated() {
    Caller owner = owner();
    Tenant archived = tenants.add(owner.userId(), TenantStatus.ARCHIVED, Optional.empty());
    Tenant linked =
        tenants.add(owner.userId(), TenantStatus.ACTIVE, Optional.of(UUID.randomUUID()));

    assertThatThrownBy(() -> create.execute(owner, archived.id(), Optional.empty()))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> create.execute(owner, linked.id(), Optional.empty()))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> create.execute(owner, UUID.randomUUID(), Optional.empty()))
        .isInstanceOf(NotFoundException.class);
    assertThat(invitations.calls()).isEmpty();
  }

  @Test
  void revokingARevokedInvitationWritesNothingAndAnAcceptedOneIsUsed() {
    Invitation revoked = invitations.add(InvitationState.REVOKED);
    Invitation accepted = invitations.add(InvitationState.ACCEPTED);

    assertThat(revoke.execute(owner(), revoked.id())).isEqualTo(revoked);
    assertThatThrownBy(() -> revoke.execute(owner(), accepted.id()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("invitation-used"));
    assertThat(invitations.calls()).containsExactly("findById", "findById");
  }

  @Test
  void aPendingOrExpiredInvitationIsRevoked() {
    Invitation pending = invitations.add(InvitationState.PENDING);
    Invitation expired = invitations.add(InvitationState.EXPIRED);

    revoke.execute(owner(), pending.id());
    revoke.execute(owner(), expired.id());

    assertThat(invitations.calls()).containsExactly("findById", "revoke", "findById", "revoke");
  }
}
