package dev.leaseport.adapters.persistence.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.domain.identity.Caller;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A tenant record is linked to a renter's user only by accepting an invitation, never by a request
 * writing {@code user_id}; notifications are written by the events they report, and their recipient
 * may only mark them read.
 */
class TenantLinkSafeguardsTest extends SecurityTest {
  private Caller owner;
  private Caller renter;
  private UUID tenant;
  private UUID notification;

  @BeforeEach
  void anOwnerWithAnUnlinkedTenantRecordAndANotification() {
    owner = newOwner();
    renter = newTenant();
    tenant =
        database()
            .superuser()
            .fetchSingle(
                "insert into leaseport.tenants (owner_id, first_name, last_name, email)"
                    + " values (?, 'Ada', 'Renter', 'ada@example.test') returning id",
                owner.userId())
            .get(0, UUID.class);
    notification =
        database()
            .superuser()
            .fetchSingle(
                "insert into leaseport.notifications (user_id, owner_id, type, title)"
                    + " values (?, ?, 'INVITATION_ACCEPTED', 'Ada accepted') returning id",
                owner.userId(),
                owner.userId())
            .get(0, UUID.class);
  }

  @Test
  void theOwnerCannotLinkTheirTenantRecordToAUser() {
    Attempt attempt =
        attempt(
            owner,
            "update leaseport.tenants set user_id = '"
                + renter.userId()
                + "' where id = '"
                + tenant
                + "'");

    assertThat(attempt.sqlState()).isEqualTo("42501");
    assertThat(linkedUser()).isNull();
  }

  @Test
  void theOwnerCannotCreateATenantRecordAlreadyLinked() {
    Attempt attempt =
        attempt(
            owner,
            "insert into leaseport.tenants (owner_id, first_name, last_name, email, user_id)"
                + " values ('"
                + owner.userId()
                + "', 'Eve', 'Renter', 'eve@example.test', '"
                + renter.userId()
                + "')");

    assertThat(attempt.sqlState()).isEqualTo("42501");
  }

  @Test
  void aRenterCannotLinkThemselvesToARecord() {
    Attempt attempt =
        attempt(
            renter,
            "update leaseport.tenants set user_id = '"
                + renter.userId()
                + "' where email = 'ada@example.test'");

    assertThat(attempt.sqlState()).isEqualTo("42501");
    assertThat(linkedUser()).isNull();
  }

  @Test
  void emailIsUniquePerOwnerWhateverItsCase() {
    Attempt attempt =
        attempt(
            owner,
            "insert into leaseport.tenants (owner_id, first_name, last_name, email) values ('"
                + owner.userId()
                + "', 'Ada', 'Again', 'ADA@Example.TEST')");

    assertThat(attempt.sqlState()).isEqualTo("23505");
  }

  @Test
  void anotherOwnerMayKeepARecordWithTheSameEmail() {
    Caller other = newOwner();

    Attempt attempt =
        attempt(
            other,
            "insert into leaseport.tenants (owner_id, first_name, last_name, email) values ('"
                + other.userId()
                + "', 'Ada', 'Renter', 'ada@example.test')");

    assertThat(attempt.refused()).isFalse();
    assertThat(attempt.rows()).isEqualTo(1);
  }

  @ParameterizedTest(name = "set {0}")
  @ValueSource(
      strings = {
        "title = 'Forged'",
        "user_id = gen_random_uuid()",
        "type = 'LEASE_SIGNED'",
        "link = '/api/v1/elsewhere'"
      })
  void theRecipientMayOnlyMarkANotificationRead(String assignment) {
    Attempt attempt =
        attempt(
            owner,
            "update leaseport.notifications set "
                + assignment
                + " where id = '"
                + notification
                + "'");

    assertThat(attempt.sqlState()).isEqualTo("42501");
  }

  private UUID linkedUser() {
    return database()
        .superuser()
        .fetchSingle("select user_id from leaseport.tenants where id = ?", tenant)
        .get(0, UUID.class);
  }
}
