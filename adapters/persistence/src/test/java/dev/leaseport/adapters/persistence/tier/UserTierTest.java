package dev.leaseport.adapters.persistence.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.support.TransactionRetry;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.UnavailableException;
import dev.leaseport.domain.shared.ValidationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** Each unit of request work: one transaction as {@code authenticated} with the caller's claims. */
class UserTierTest extends DatabaseTest {

  @Test
  void runsAsTheAuthenticatedRole() {
    Caller caller = newOwner();

    assertThat(as(caller, () -> scalar("select current_user"))).isEqualTo("authenticated");
  }

  @Test
  void theCallerIsTheSubjectOfTheClaims() {
    Caller caller = newOwner();

    assertThat(as(caller, () -> scalar("select auth.uid()::text")))
        .isEqualTo(caller.userId().toString());
  }

  @Test
  void theClaimsCarryEmailAndUserType() {
    Caller caller =
        new Caller(java.util.UUID.randomUUID(), "quote\"d@example.test", true, UserType.TENANT);

    assertThat(as(caller, () -> scalar("select auth.jwt() ->> 'email'")))
        .isEqualTo("quote\"d@example.test");
    assertThat(as(caller, () -> scalar("select auth.jwt() -> 'app_metadata' ->> 'user_type'")))
        .isEqualTo("TENANT");
  }

  @Test
  void claimTextArrivesVerbatimWhateverItsCharacters() {
    String email = "back\\slash\"quote\u0001ctl\n\u00e9@example.test";
    Caller caller = new Caller(java.util.UUID.randomUUID(), email, false, UserType.OWNER);

    assertThat(as(caller, () -> scalar("select auth.jwt() ->> 'email'"))).isEqualTo(email);
    assertThat(as(caller, () -> scalar("select auth.jwt() ->> 'email_verified'")))
        .isEqualTo("false");
    assertThat(as(caller, () -> scalar("select auth.jwt() ->> 'role'"))).isEqualTo("authenticated");
  }

  @Test
  void aCallerWithoutEmailHasANullEmailClaim() {
    Caller caller = new Caller(java.util.UUID.randomUUID(), null, false, UserType.OWNER);

    assertThat(as(caller, () -> scalar("select jsonb_typeof(auth.jwt() -> 'email')")))
        .isEqualTo("null");
  }

  @Test
  void theRoleAndTheClaimsAreSetInOneStatement() {
    AtomicInteger statements = new AtomicInteger();

    countingStatements(newOwner(), statements, () -> null);

    assertThat(statements).hasValue(1);
  }

  @Test
  void theRoleAndClaimsEndWithTheTransaction() {
    Caller caller = newOwner();

    String after =
        database()
            .authenticator()
            .connectionResult(
                connection -> {
                  DSLContext single = DSL.using(connection, SQLDialect.POSTGRES);
                  TransactionContext context = new TransactionContext();
                  new JooqUserTransactions(single, context).run(caller, () -> 1);
                  return single
                      .fetchSingle(
                          "select current_user || '/' ||"
                              + " coalesce(current_setting('request.jwt.claims', true), '')")
                      .get(0, String.class);
                });

    assertThat(after).isEqualTo("authenticator/");
  }

  @Test
  void aRequestConnectionCannotSwitchToTheSystemTierRole() {
    assertThatThrownBy(() -> database().authenticator().execute("set role service_role"))
        .isInstanceOfSatisfying(
            DataAccessException.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
  }

  @Test
  void aSerializationFailureIsRetriedAndTheWorkSucceeds() {
    Caller caller = newOwner();
    AtomicInteger attempts = new AtomicInteger();

    String result =
        as(
            caller,
            () -> {
              if (attempts.incrementAndGet() == 1) {
                failWith("40001");
              }
              return "done";
            });

    assertThat(result).isEqualTo("done");
    assertThat(attempts).hasValue(2);
  }

  @Test
  void aDeadlockIsRetriedToo() {
    Caller caller = newOwner();
    AtomicInteger attempts = new AtomicInteger();

    as(
        caller,
        () -> {
          if (attempts.incrementAndGet() < TransactionRetry.MAX_ATTEMPTS) {
            failWith("40P01");
          }
          return null;
        });

    assertThat(attempts).hasValue(TransactionRetry.MAX_ATTEMPTS);
  }

  @Test
  void persistentSerializationFailuresBecomeAConflictAfterTheLastAttempt() {
    Caller caller = newOwner();
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                as(
                    caller,
                    () -> {
                      attempts.incrementAndGet();
                      return failWith("40001");
                    }))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("conflict"));
    assertThat(attempts).hasValue(TransactionRetry.MAX_ATTEMPTS);
  }

  @Test
  void aConnectionTheServerDroppedIsRetriedOnceOnAFreshOne() {
    Caller caller = newOwner();
    AtomicInteger attempts = new AtomicInteger();

    String result =
        as(
            caller,
            () -> {
              if (attempts.incrementAndGet() == 1) {
                failWith("57P01");
              }
              return "done";
            });

    assertThat(result).isEqualTo("done");
    assertThat(attempts).hasValue(2);
  }

  @Test
  void aConnectionThatKeepsDroppingMakesTheDatabaseUnavailable() {
    Caller caller = newOwner();
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                as(
                    caller,
                    () -> {
                      attempts.incrementAndGet();
                      return failWith("57P01");
                    }))
        .isInstanceOfSatisfying(
            UnavailableException.class, e -> assertThat(e.code()).isEqualTo("unavailable"));
    assertThat(attempts).hasValue(2);
  }

  @Test
  void otherErrorsAreNotRetried() {
    Caller caller = newOwner();
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                as(
                    caller,
                    () -> {
                      attempts.incrementAndGet();
                      return failWith("23505");
                    }))
        .isInstanceOf(ConflictException.class);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void aCheckViolationBecomesAValidationErrorNamingTheColumnInCamelCase() {
    Caller caller = newOwner();

    assertThatThrownBy(
            () ->
                as(
                    caller,
                    () ->
                        transactions
                            .dsl()
                            .execute(
                                "insert into leaseport.properties (owner_id, name, address_line1,"
                                    + " city, property_type) values (auth.uid(), 'Too long',"
                                    + " repeat('x', 201), 'Springfield', 'CONDO')")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("addressLine1"));
  }

  @Test
  void repositoriesCannotRunOutsideATransaction() {
    assertThatThrownBy(transactions::dsl).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void transactionsDoNotNest() {
    Caller caller = newOwner();

    assertThatThrownBy(() -> as(caller, () -> as(caller, () -> 1)))
        .isInstanceOf(IllegalStateException.class);
  }

  private String scalar(String sql) {
    return transactions.dsl().fetchSingle(sql).get(0, String.class);
  }

  private Object failWith(String sqlState) {
    transactions
        .dsl()
        .execute(
            "do $$ begin raise exception 'simulated' using errcode = '" + sqlState + "'; end $$");
    return null;
  }
}
