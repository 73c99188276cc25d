package dev.leaseport.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.ProfileChanges;
import dev.leaseport.domain.identity.UserProfile;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.PreconditionFailedException;
import dev.leaseport.domain.shared.Versioned;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The caller's own profile through the real user tier. */
class UserProfileRepositoryTest extends DatabaseTest {
  private final JooqUserProfileRepository profiles = new JooqUserProfileRepository(transactions);
  private Caller tenant;

  @BeforeEach
  void aProvisionedTenant() {
    tenant = newTenant();
  }

  @Test
  void findsTheCallersOwnProfile() {
    UserProfile profile = as(tenant, profiles::findCurrent).orElseThrow();

    assertThat(profile.id()).isEqualTo(tenant.userId());
    assertThat(profile.email()).isEqualTo(tenant.email());
    assertThat(profile.userType()).isEqualTo(UserType.TENANT);
    assertThat(profile.fullName()).isEmpty();
    assertThat(profile.version()).isEqualTo(1);
  }

  @Test
  void aCallerWithoutAUserRowHasNoProfile() {
    // Every user-tier transaction provisions its caller; only claims without an e-mail (which
    // no verified token has) leave the caller without a row.
    Caller unknown = new Caller(UUID.randomUUID(), null, false, UserType.OWNER);

    assertThat(as(unknown, profiles::findCurrent)).isEmpty();
  }

  @Test
  void updateSetsNameAndPhoneStrippedAndIncrementsTheVersion() {
    UserProfile updated =
        as(
                tenant,
                () ->
                    profiles.updateCurrent(
                        new ProfileChanges(
                            Change.to(" Ada Lovelace "), Change.to("+44 20 7946 0000")),
                        Versioned.exactly(1)))
            .orElseThrow();

    assertThat(updated.fullName()).contains("Ada Lovelace");
    assertThat(updated.phone()).contains("+44 20 7946 0000");
    assertThat(updated.version()).isEqualTo(2);
    assertThat(as(tenant, profiles::findCurrent)).contains(updated);
  }

  @Test
  void clearingThePhoneRemovesItAndKeepsTheName() {
    as(
        tenant,
        () ->
            profiles.updateCurrent(
                new ProfileChanges(Change.to("Ada"), Change.to("555 0100")), Versioned.any()));

    UserProfile updated =
        as(
                tenant,
                () ->
                    profiles.updateCurrent(
                        new ProfileChanges(Change.unchanged(), Change.cleared()), Versioned.any()))
            .orElseThrow();

    assertThat(updated.phone()).isEmpty();
    assertThat(updated.fullName()).contains("Ada");
  }

  @Test
  void updateWithAStaleVersionFailsThePrecondition() {
    as(
        tenant,
        () ->
            profiles.updateCurrent(
                new ProfileChanges(Change.to("First"), Change.unchanged()), Versioned.any()));

    assertThatThrownBy(
            () ->
                as(
                    tenant,
                    () ->
                        profiles.updateCurrent(
                            new ProfileChanges(Change.to("Second"), Change.unchanged()),
                            Versioned.exactly(1))))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(as(tenant, profiles::findCurrent).orElseThrow().fullName()).contains("First");
  }

  @Test
  void anUpdateWithoutChangesKeepsTheVersion() {
    UserProfile unchanged =
        as(
                tenant,
                () ->
                    profiles.updateCurrent(
                        new ProfileChanges(Change.unchanged(), Change.unchanged()),
                        Versioned.exactly(1)))
            .orElseThrow();

    assertThat(unchanged.version()).isEqualTo(1);
  }

  @Test
  void updateByACallerWithoutAUserRowFindsNothing() {
    // Every user-tier transaction provisions its caller; only claims without an e-mail (which
    // no verified token has) leave the caller without a row.
    Caller unknown = new Caller(UUID.randomUUID(), null, false, UserType.OWNER);

    assertThat(
            as(
                unknown,
                () ->
                    profiles.updateCurrent(
                        new ProfileChanges(Change.to("Ghost"), Change.unchanged()),
                        Versioned.any())))
        .isEmpty();
  }

  @Test
  void anUpdateChangesOnlyTheCallersOwnRow() {
    Caller other = newOwner();

    as(
        tenant,
        () ->
            profiles.updateCurrent(
                new ProfileChanges(Change.to("Mine"), Change.unchanged()), Versioned.any()));

    assertThat(
            database()
                .count(
                    "select count(*) from leaseport.users where id = ? and full_name is null and"
                        + " version = 1",
                    other.userId()))
        .isEqualTo(1);
  }
}
