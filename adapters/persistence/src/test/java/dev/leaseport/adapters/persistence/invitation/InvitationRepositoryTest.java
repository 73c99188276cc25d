package dev.leaseport.adapters.persistence.invitation;

import static dev.leaseport.domain.testdata.TenantTestData.tenantRecord;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.tenant.JooqTenantRepository;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.invitation.Invitation;
import dev.leaseport.domain.invitation.InvitationFilter;
import dev.leaseport.domain.invitation.InvitationSortField;
import dev.leaseport.domain.invitation.InvitationState;
import dev.leaseport.domain.invitation.InvitationToken;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.tenant.Tenant;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The owner's side of invitations: listing with the derived EXPIRED state, and revoking. */
class InvitationRepositoryTest extends DatabaseTest {
  private final JooqTenantRepository tenants = new JooqTenantRepository(transactions);
  private final JooqInvitationRepository invitations = new JooqInvitationRepository(transactions);
  private Caller owner;
  private Tenant tenant;

  @BeforeEach
  void anOwnerWithATenantRecord() {
    owner = newOwner();
    tenant = as(owner, () -> tenants.create(owner.userId(), tenantRecord("ada@x.test")));
  }

  @Test
  void aPendingInvitationPastItsExpiryIsListedAsExpiredAndNotAsPending() {
    Invitation fresh = invite();
    Invitation stale = invite();
    database()
        .superuser()
        .execute(
            "update leaseport.invitations set expires_at = now() - interval '1 second' where id = ?",
            stale.id());

    assertThat(ids(InvitationState.EXPIRED)).containsExactly(stale.id());
    assertThat(ids(InvitationState.PENDING)).containsExactly(fresh.id());
    assertThat(as(owner, () -> invitations.findById(stale.id())).orElseThrow().state())
        .isEqualTo(InvitationState.EXPIRED);
  }

  @Test
  void revokingChangesOnlyAPendingInvitation() {
    Invitation invitation = invite();

    Invitation revoked = as(owner, () -> invitations.revoke(invitation.id())).orElseThrow();

    assertThat(revoked.state()).isEqualTo(InvitationState.REVOKED);
    assertThat(revoked.version()).isEqualTo(2);
    assertThat(as(owner, () -> invitations.revoke(invitation.id()))).isEmpty();
    assertThat(ids(InvitationState.REVOKED)).containsExactly(invitation.id());
  }

  @Test
  void anotherOwnerSeesAndRevokesNothing() {
    Invitation invitation = invite();
    Caller other = newOwner();

    assertThat(as(other, () -> invitations.findById(invitation.id()))).isEmpty();
    assertThat(as(other, () -> invitations.revoke(invitation.id()))).isEmpty();
    assertThat(as(owner, () -> invitations.findById(invitation.id())).orElseThrow().state())
        .isEqualTo(InvitationState.PENDING);
  }

  @Test
  void aListTakesTheSameNumberOfStatementsWhateverThePageSize() {
    for (int i = 0; i < 8; i++) {
      invite();
    }
    AtomicInteger small = new AtomicInteger();
    AtomicInteger large = new AtomicInteger();

    countingStatements(
        owner, small, () -> invitations.list(InvitationFilter.none(), newest(), page(1)));
    Page<Invitation> all =
        countingStatements(
            owner, large, () -> invitations.list(InvitationFilter.none(), newest(), page(8)));

    assertThat(all.total()).isEqualTo(8);
    assertThat(small).hasValue(2);
    assertThat(large).hasValue(2);
  }

  private Invitation invite() {
    return as(
        owner,
        () ->
            invitations.create(
                owner.userId(),
                tenant.id(),
                Optional.empty(),
                InvitationToken.generate(),
                Duration.ofDays(7)));
  }

  private java.util.List<UUID> ids(InvitationState state) {
    return as(
            owner,
            () ->
                invitations.list(
                    new InvitationFilter(Optional.of(state), Optional.of(tenant.id())),
                    newest(),
                    page(10)))
        .items()
        .stream()
        .map(Invitation::id)
        .toList();
  }

  private static Sort<InvitationSortField> newest() {
    return new Sort<>(InvitationSortField.CREATED_AT, Direction.DESCENDING);
  }

  private static PageRequest page(int limit) {
    return new PageRequest(limit, 0);
  }
}
