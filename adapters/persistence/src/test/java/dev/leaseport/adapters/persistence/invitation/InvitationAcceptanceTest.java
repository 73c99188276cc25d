package dev.leaseport.adapters.persistence.invitation;

import static dev.leaseport.domain.testdata.TenantTestData.emailChangedTo;
import static dev.leaseport.domain.testdata.TenantTestData.tenantRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.tenant.JooqTenantRepository;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.invitation.AcceptedInvitation;
import dev.leaseport.domain.invitation.Invitation;
import dev.leaseport.domain.invitation.InvitationState;
import dev.leaseport.domain.invitation.InvitationToken;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.DomainException;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Versioned;
import dev.leaseport.domain.tenant.Tenant;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code accept_invitation} on a real PostgreSQL: every way it fails changes nothing, and a success
 * links, marks and notifies at once.
 */
class InvitationAcceptanceTest extends DatabaseTest {
  private static final String EMAIL = "ada.renter@example.test";
  private final JooqTenantRepository tenants = new JooqTenantRepository(transactions);
  private final JooqInvitationRepository invitations = new JooqInvitationRepository(transactions);
  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private Caller owner;
  private Caller renter;
  private Tenant tenant;
  private InvitationToken token;
  private Invitation invitation;

  @BeforeEach
  void anOwnerInvitesTheRenterOfATenantRecord() {
    owner = newOwner();
    renter = renter(EMAIL);
    tenant = as(owner, () -> tenants.create(owner.userId(), tenantRecord(EMAIL)));
    token = InvitationToken.generate();
    invitation = invite(owner, tenant, token);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void acceptingLinksTheRecordMarksTheInvitationAndNotifiesTheOwner() {
    AcceptedInvitation accepted = as(renter, () -> invitations.accept(token));

    assertThat(accepted.invitationId()).isEqualTo(invitation.id());
    assertThat(accepted.tenantId()).isEqualTo(tenant.id());
    assertThat(linkedUser(tenant.id())).isEqualTo(renter.userId());
    Invitation seen = as(owner, () -> invitations.findById(invitation.id())).orElseThrow();
    assertThat(seen.state()).isEqualTo(InvitationState.ACCEPTED);
    assertThat(seen.acceptedBy()).contains(renter.userId());
    assertThat(seen.acceptedAt()).contains(accepted.acceptedAt());
    Record notification =
        database()
            .superuser()
            .fetchSingle(
                "select user_id, owner_id, type::text, title, link from leaseport.notifications");
    assertThat(notification.get(0, UUID.class)).isEqualTo(owner.userId());
    assertThat(notification.get(1, UUID.class)).isEqualTo(owner.userId());
    assertThat(notification.get(2, String.class)).isEqualTo("INVITATION_ACCEPTED");
    assertThat(notification.get(3, String.class)).isEqualTo("Ada Renter accepted your invitation");
    assertThat(notification.get(4, String.class)).isEqualTo("/api/v1/tenants/" + tenant.id());
  }

  @Test
  void acceptanceIsOneRoundTrip() {
    AtomicInteger statements = new AtomicInteger();

    countingStatements(renter, statements, () -> invitations.accept(token));

    // The tier's one set-up statement, then the one function call that checks, links and notifies.
    assertThat(statements).hasValue(2);
    assertThat(linkedUser(tenant.id())).isEqualTo(renter.userId());
  }

  @Test
  void theRenterThenSeesTheirRecordThroughRowLevelSecurity() {
    as(renter, () -> invitations.accept(token));

    assertThat(as(renter, () -> tenants.findById(tenant.id()))).isPresent();
  }

  @Test
  void theEmailIsComparedWhateverItsCase() {
    Caller shouting = renter(EMAIL.toUpperCase());

    as(shouting, () -> invitations.accept(token));

    assertThat(linkedUser(tenant.id())).isEqualTo(shouting.userId());
  }

  @Test
  void anUnknownTokenIsNotFound() {
    assertFailsChangingNothing(
        renter, InvitationToken.generate(), NotFoundException.class, "not-found");
  }

  @Test
  void aUsedTokenIsRefusedEvenToTheRenterWhoUsedIt() {
    as(renter, () -> invitations.accept(token));

    assertThatThrownBy(() -> as(renter, () -> invitations.accept(token)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("invitation-used"));
    assertThat(notificationCount()).isEqualTo(1);
  }

  @Test
  void aRevokedInvitationIsRefused() {
    as(owner, () -> invitations.revoke(invitation.id()));

    assertFailsChangingNothing(renter, token, ConflictException.class, "invitation-revoked");
  }

  @Test
  void anExpiredInvitationIsRefused() {
    database()
        .superuser()
        .execute(
            "update leaseport.invitations set expires_at = now() - interval '1 second' where id = ?",
            invitation.id());

    assertFailsChangingNothing(renter, token, ConflictException.class, "invitation-expired");
    assertThat(as(owner, () -> invitations.findById(invitation.id())).orElseThrow().state())
        .isEqualTo(InvitationState.EXPIRED);
  }

  @Test
  void aRenterWithAnotherEmailIsForbidden() {
    assertFailsChangingNothing(
        renter("someone.else@example.test"), token, ForbiddenException.class, "forbidden");
  }

  @Test
  void aRenterWhoseEmailIsUnverifiedIsForbidden() {
    Caller unverified = provision(new Caller(UUID.randomUUID(), EMAIL, false, UserType.TENANT));

    assertFailsChangingNothing(unverified, token, ForbiddenException.class, "forbidden");
  }

  @Test
  void anOwnerCannotAcceptEvenWithTheInvitedEmail() {
    Caller ownerWithThatEmail =
        provision(new Caller(UUID.randomUUID(), EMAIL, true, UserType.OWNER));

    assertFailsChangingNothing(ownerWithThatEmail, token, ForbiddenException.class, "forbidden");
  }

  @Test
  void aRecordLinkedToAnotherUserCannotBeLinkedAgain() {
    InvitationToken second = InvitationToken.generate();
    invite(owner, tenant, second);
    as(renter, () -> invitations.accept(token));
    Caller sameEmailOtherUser = renter(EMAIL);

    assertThatThrownBy(() -> as(sameEmailOtherUser, () -> invitations.accept(second)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("tenant-already-linked"));
    assertThat(linkedUser(tenant.id())).isEqualTo(renter.userId());
    assertThat(notificationCount()).isEqualTo(1);
  }

  @Test
  void aRenterWithARecordOfThisOwnerAlreadyCannotTakeASecond() {
    as(renter, () -> invitations.accept(token));
    as(
        owner,
        () -> tenants.update(tenant.id(), emailChangedTo("moved@example.test"), Versioned.any()));
    Tenant second = as(owner, () -> tenants.create(owner.userId(), tenantRecord(EMAIL)));
    InvitationToken secondToken = InvitationToken.generate();
    invite(owner, second, secondToken);

    assertFailsChangingNothing(
        renter, secondToken, ConflictException.class, "tenant-already-linked", 1);
    assertThat(linkedUser(second.id())).isNull();
  }

  @Test
  void aRenterMayBeTheTenantOfTwoOwnersAndEachAcceptanceShowsOnlyItsOwn() {
    Caller otherOwner = newOwner();
    Tenant otherRecord =
        as(otherOwner, () -> tenants.create(otherOwner.userId(), tenantRecord(EMAIL)));
    InvitationToken otherToken = InvitationToken.generate();
    invite(otherOwner, otherRecord, otherToken);

    AcceptedInvitation first = as(renter, () -> invitations.accept(token));
    AcceptedInvitation second = as(renter, () -> invitations.accept(otherToken));

    assertThat(first.tenantId()).isEqualTo(tenant.id());
    assertThat(second.tenantId()).isEqualTo(otherRecord.id());
    assertThat(second.unitId()).isEmpty();
    assertThat(linkedUser(tenant.id())).isEqualTo(renter.userId());
    assertThat(linkedUser(otherRecord.id())).isEqualTo(renter.userId());
    assertThat(
            database()
                .count(
                    "select count(*) from leaseport.notifications where user_id = ?",
                    otherOwner.userId()))
        .isEqualTo(1);
  }

  @Test
  void ofTwoRentersRacingForOneTokenExactlyOneWins() throws Exception {
    Caller first = renter(EMAIL);
    Caller second = renter(EMAIL);
    List<Future<Object>> attempts = new ArrayList<>();

    // Hold the invitation row, so that both acceptances are in flight before either may proceed.
    database()
        .superuser()
        .transaction(
            configuration -> {
              configuration
                  .dsl()
                  .execute(
                      "select 1 from leaseport.invitations where id = ? for update",
                      invitation.id());
              for (Caller racer : List.of(first, second)) {
                attempts.add(threads.submit(() -> attemptAccept(racer)));
              }
              awaitWaitingOnLocks(2);
            });

    List<Object> outcomes = new ArrayList<>();
    for (Future<Object> attempt : attempts) {
      outcomes.add(attempt.get(30, TimeUnit.SECONDS));
    }
    assertThat(outcomes).filteredOn(AcceptedInvitation.class::isInstance).hasSize(1);
    assertThat(outcomes)
        .filteredOn(ConflictException.class::isInstance)
        .singleElement()
        .satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo("invitation-used"));
    UUID winner = outcomes.get(0) instanceof AcceptedInvitation ? first.userId() : second.userId();
    assertThat(linkedUser(tenant.id())).isEqualTo(winner);
    assertThat(notificationCount()).isEqualTo(1);
  }

  @Test
  void theTokenIsNeverStoredOnlyItsSha256() throws Exception {
    byte[] expected =
        MessageDigest.getInstance("SHA-256").digest(token.value().getBytes("US-ASCII"));

    Record stored =
        database()
            .superuser()
            .fetchSingle(
                "select token_hash, position(? in i::text) from leaseport.invitations i",
                token.value());

    assertThat(stored.get(0, byte[].class)).isEqualTo(expected);
    assertThat(stored.get(1, Integer.class)).isZero();
    assertThat(token.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void theInvitationTakesTheEmailOfTheTenantRecordAndExpiresAfterItsTimeToLive() {
    assertThat(invitation.email()).isEqualTo(EMAIL);
    assertThat(invitation.state()).isEqualTo(InvitationState.PENDING);
    assertThat(Duration.between(invitation.createdAt(), invitation.expiresAt()))
        .isEqualTo(Duration.ofDays(7));
  }

  private Object attemptAccept(Caller racer) {
    try {
      return as(racer, () -> invitations.accept(token));
    } catch (DomainException e) {
      return e;
    }
  }

  private void awaitWaitingOnLocks(int sessions) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (database()
            .count(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query like '%accept_invitation%'")
        < sessions) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the racers never both waited for the invitation");
      }
      Thread.onSpinWait();
    }
  }

  private void assertFailsChangingNothing(
      Caller caller, InvitationToken attempt, Class<? extends DomainException> type, String code) {
    assertFailsChangingNothing(caller, attempt, type, code, 0);
  }

  private void assertFailsChangingNothing(
      Caller caller,
      InvitationToken attempt,
      Class<? extends DomainException> type,
      String code,
      long notificationsBefore) {
    String before = snapshot();

    assertThatThrownBy(() -> as(caller, () -> invitations.accept(attempt)))
        .isInstanceOfSatisfying(type, e -> assertThat(e.code()).isEqualTo(code));

    assertThat(snapshot()).isEqualTo(before);
    assertThat(notificationCount()).isEqualTo(notificationsBefore);
  }

  /** Every invitation and tenant row as text: any change by a failed acceptance shows here. */
  private String snapshot() {
    return database()
        .superuser()
        .fetch(
            "select i::text from leaseport.invitations i union all"
                + " select t::text from leaseport.tenants t order by 1")
        .toString();
  }

  private Invitation invite(Caller by, Tenant record, InvitationToken secret) {
    return as(
        by,
        () ->
            invitations.create(
                by.userId(), record.id(), Optional.empty(), secret, Duration.ofDays(7)));
  }

  private Caller renter(String email) {
    return provision(new Caller(UUID.randomUUID(), email, true, UserType.TENANT));
  }

  /** The caller's user row, made as their first request makes it (in the user tier). */
  private Caller provision(Caller caller) {
    as(caller, () -> null);
    return caller;
  }

  private UUID linkedUser(UUID tenantId) {
    return database()
        .superuser()
        .fetchSingle("select user_id from leaseport.tenants where id = ?", tenantId)
        .get(0, UUID.class);
  }

  private long notificationCount() {
    return database().count("select count(*) from leaseport.notifications");
  }
}
