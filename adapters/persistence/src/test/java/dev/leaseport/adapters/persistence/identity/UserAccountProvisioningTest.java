package dev.leaseport.adapters.persistence.identity;

import static dev.leaseport.domain.testdata.CallerTestData.caller;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.system.SystemReason;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Record;
import org.junit.jupiter.api.Test;

/** Identity provisioning keeps the caller's user row in step with their verified token. */
class UserAccountProvisioningTest extends DatabaseTest {
  private final List<SystemReason> reported = new ArrayList<>();

  @Test
  void createsTheUserRowOfANewCaller() {
    Caller caller = caller(UserType.OWNER);

    provisioning().provision(caller);

    Record row = userRow(caller);
    assertThat(row.get("email", String.class)).isEqualTo(caller.email());
    assertThat(row.get("user_type", String.class)).isEqualTo("OWNER");
    assertThat(row.get("version", Long.class)).isEqualTo(1);
  }

  @Test
  void runsInTheSystemTierForTheReasonIdentityProvisioning() {
    provisioning().provision(caller(UserType.TENANT));

    assertThat(reported).containsExactly(SystemReason.IDENTITY_PROVISIONING);
  }

  @Test
  void followsAChangedEmailAndBumpsTheVersion() {
    Caller caller = caller(UserType.OWNER);
    provisioning().provision(caller);

    provisioning()
        .provision(new Caller(caller.userId(), "renamed@example.test", true, UserType.OWNER));

    Record row = userRow(caller);
    assertThat(row.get("email", String.class)).isEqualTo("renamed@example.test");
    assertThat(row.get("version", Long.class)).isEqualTo(2);
  }

  @Test
  void followsAChangedUserTypeAndBumpsTheVersion() {
    Caller caller = caller(UserType.TENANT);
    provisioning().provision(caller);

    provisioning().provision(new Caller(caller.userId(), caller.email(), true, UserType.OWNER));

    Record row = userRow(caller);
    assertThat(row.get("user_type", String.class)).isEqualTo("OWNER");
    assertThat(row.get("version", Long.class)).isEqualTo(2);
  }

  @Test
  void leavesAnUnchangedRowAloneWithoutBumpingTheVersion() {
    Caller caller = caller(UserType.OWNER);
    provisioning().provision(caller);
    Record before = userRow(caller);

    provisioning().provision(caller);

    Record after = userRow(caller);
    assertThat(after.get("version", Long.class)).isEqualTo(1);
    assertThat(after.get("updated_at")).isEqualTo(before.get("updated_at"));
  }

  @Test
  void keepsTheNameAndPhoneTheUserChose() {
    Caller caller = caller(UserType.OWNER);
    provisioning().provision(caller);
    database()
        .superuser()
        .execute(
            "update leaseport.users set full_name = 'Chosen Name', phone = '555 0100' where id = ?",
            caller.userId());

    provisioning().provision(new Caller(caller.userId(), "new@example.test", true, UserType.OWNER));

    Record row = userRow(caller);
    assertThat(row.get("full_name", String.class)).isEqualTo("Chosen Name");
    assertThat(row.get("phone", String.class)).isEqualTo("555 0100");
  }

  private JooqUserAccountProvisioning provisioning() {
    return new JooqUserAccountProvisioning(systemTier(reported::add));
  }

  private Record userRow(Caller caller) {
    return database()
        .superuser()
        .fetchSingle(
            "select email, user_type::text, version, updated_at, full_name, phone from"
                + " leaseport.users where id = ?",
            caller.userId());
  }
}
