package dev.leaseport.adapters.persistence.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.shared.ConflictException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one entry point that bypasses row-level security, and what it leaves behind. */
class SystemTierTest extends DatabaseTest {
  private final List<SystemReason> reported = new ArrayList<>();

  @Test
  void runsAsTheServiceRole() {
    String role =
        systemTier(reported::add)
            .run(
                SystemReason.SCHEDULED_JOB,
                dsl -> dsl.fetchSingle("select current_user").get(0, String.class));

    assertThat(role).isEqualTo("service_role");
  }

  @ParameterizedTest
  @EnumSource(SystemReason.class)
  void recordsItsReasonInTheTransaction(SystemReason reason) {
    String recorded =
        systemTier(reported::add)
            .run(
                reason,
                dsl ->
                    dsl.fetchSingle("select current_setting('leaseport.reason')")
                        .get(0, String.class));

    assertThat(recorded).isEqualTo(reason.code());
  }

  @Test
  void reportsEachUseToTheListenerWithItsReason() {
    SystemTier tier = systemTier(reported::add);

    tier.run(SystemReason.STRIPE_WEBHOOK, dsl -> 1);
    tier.run(SystemReason.AUTHORIZATION_GUARD, dsl -> 2);

    assertThat(reported)
        .containsExactly(SystemReason.STRIPE_WEBHOOK, SystemReason.AUTHORIZATION_GUARD);
  }

  @Test
  void refusesToRunWithoutAReasonAndReportsNothing() {
    assertThatThrownBy(() -> systemTier(reported::add).run(null, dsl -> 1))
        .isInstanceOf(NullPointerException.class);
    assertThat(reported).isEmpty();
  }

  @Test
  void seesTheUserRowsOfEveryOwner() {
    Caller first = newOwner();
    Caller second = newOwner();

    long seen =
        systemTier(reported::add)
            .run(
                SystemReason.SCHEDULED_JOB,
                dsl ->
                    dsl.fetchSingle(
                            "select count(*) from leaseport.users where id in (?, ?)",
                            first.userId(),
                            second.userId())
                        .get(0, Long.class));
    long seenByFirst = as(first, () -> userTierCount(first, second));

    assertThat(seen).isEqualTo(2);
    assertThat(seenByFirst).as("the user tier, for contrast").isEqualTo(1);
  }

  @Test
  void theRoleAndReasonEndWithTheTransaction() {
    // One connection for the system-tier transaction and the look afterwards, as in a pool.
    String after =
        database()
            .systemAuthenticator()
            .connectionResult(
                connection -> {
                  DSLContext single = DSL.using(connection, SQLDialect.POSTGRES);
                  new SystemTier(single, reported::add).run(SystemReason.SCHEDULED_JOB, dsl -> 1);
                  return single
                      .fetchSingle(
                          "select current_user || '/' ||"
                              + " coalesce(current_setting('leaseport.reason', true), '')")
                      .get(0, String.class);
                });

    assertThat(after).isEqualTo("system_authenticator/");
  }

  @Test
  void aSystemConnectionCannotSwitchToTheRequestRole() {
    assertThatThrownBy(() -> database().systemAuthenticator().execute("set role authenticated"))
        .isInstanceOfSatisfying(
            DataAccessException.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
  }

  @Test
  void runsOnItsOwnLoginNotTheRequestPools() {
    String login =
        systemTier(reported::add)
            .run(
                SystemReason.SCHEDULED_JOB,
                dsl -> dsl.fetchSingle("select session_user").get(0, String.class));

    assertThat(login).isEqualTo("system_authenticator");
  }

  @Test
  void translatesDatabaseErrorsIntoDomainErrors() {
    Caller first = newOwner();
    Caller second = newOwner();

    assertThatThrownBy(
            () ->
                systemTier(reported::add)
                    .run(
                        SystemReason.STRIPE_WEBHOOK,
                        dsl ->
                            dsl.execute(
                                "update leaseport.users set stripe_customer_id = 'cus_same'"
                                    + " where id in (?, ?)",
                                first.userId(),
                                second.userId())))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("duplicate"));
  }

  private long userTierCount(Caller first, Caller second) {
    return transactions
        .dsl()
        .fetchSingle(
            "select count(*) from leaseport.users where id in (?, ?)",
            first.userId(),
            second.userId())
        .get(0, Long.class);
  }
}
