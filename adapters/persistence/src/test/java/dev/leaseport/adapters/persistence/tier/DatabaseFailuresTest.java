package dev.leaseport.adapters.persistence.tier;

import static dev.leaseport.domain.testdata.PropertyTestData.newProperty;
import static dev.leaseport.domain.testdata.PropertyTestData.renamedTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.property.JooqPropertyRepository;
import dev.leaseport.adapters.persistence.testing.ConnectionCuttingProxy;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.property.Property;
import dev.leaseport.domain.shared.UnavailableException;
import dev.leaseport.domain.shared.Versioned;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a request's transaction does when the connection or the server fails, on a real database: a
 * connection lost before COMMIT is retried on a fresh one; a connection lost while COMMIT is in
 * flight is never retried (the write may have happened) and answers "unavailable"; a server that
 * refuses connections or writes is "unavailable" too.
 */
class DatabaseFailuresTest extends DatabaseTest {
  private final JooqPropertyRepository properties = new JooqPropertyRepository(transactions);
  private ConnectionCuttingProxy proxy;
  private Caller owner;

  @BeforeEach
  void anOwnerBehindAProxy() {
    owner = newOwner();
    proxy = ConnectionCuttingProxy.start(database().host(), database().port());
  }

  @AfterEach
  void stopTheProxy() {
    proxy.close();
  }

  @Test
  void aConnectionLostBeforeCommitIsRetriedAndTheWriteHappensOnce() {
    proxy.cutBefore("insert into");

    Property created =
        throughProxy(() -> properties.create(owner.userId(), newProperty("Retried")));

    assertThat(proxy.hasCut()).as("the connection was cut").isTrue();
    assertThat(propertiesOfOwner()).isEqualTo(1);
    assertThat(as(owner, () -> properties.findById(created.id()))).isPresent();
  }

  @Test
  void aCreateWhoseCommitOutcomeIsUnknownIsUnavailableAndNotRepeated() {
    proxy.cutAfterCommit();

    assertThatThrownBy(
            () -> throughProxy(() -> properties.create(owner.userId(), newProperty("Once"))))
        .isInstanceOfSatisfying(
            UnavailableException.class,
            e -> {
              assertThat(e.code()).isEqualTo("unavailable");
              assertThat(e.getMessage()).contains("outcome is unknown");
            });
    assertThat(proxy.hasCut()).as("the connection was cut").isTrue();
    assertThat(propertiesOfOwner()).as("the committed create, exactly once").isEqualTo(1);
  }

  @Test
  void aDeleteWhoseCommitOutcomeIsUnknownIsUnavailableNotNotFound() {
    Property created = as(owner, () -> properties.create(owner.userId(), newProperty("Doomed")));
    proxy.cutAfterCommit();

    assertThatThrownBy(() -> throughProxy(() -> properties.delete(created.id(), Versioned.any())))
        .isInstanceOfSatisfying(
            UnavailableException.class, e -> assertThat(e.code()).isEqualTo("unavailable"));
    assertThat(proxy.hasCut()).as("the connection was cut").isTrue();
    assertThat(propertiesOfOwner()).as("the delete committed").isZero();
  }

  @Test
  void anUpdateWhoseCommitOutcomeIsUnknownIsUnavailableNotAStaleVersion() {
    Property created = as(owner, () -> properties.create(owner.userId(), newProperty("Before")));
    proxy.cutAfterCommit();

    assertThatThrownBy(
            () ->
                throughProxy(
                    () ->
                        properties.update(
                            created.id(),
                            renamedTo("After"),
                            Versioned.exactly(created.version()))))
        .isInstanceOfSatisfying(
            UnavailableException.class, e -> assertThat(e.code()).isEqualTo("unavailable"));
    assertThat(proxy.hasCut()).as("the connection was cut").isTrue();
    assertThat(as(owner, () -> properties.findById(created.id())).orElseThrow().name())
        .as("the update committed")
        .isEqualTo("After");
  }

  @Test
  void aServerWithNoConnectionSlotLeftIsUnavailable() {
    // CONNECTION LIMIT 0: the server refuses with 53300, as when max_connections is reached.
    database()
        .superuser()
        .execute(
            "do $$ begin if not exists (select from pg_roles where rolname ="
                + " 'leaseport_test_no_slots') then create role leaseport_test_no_slots login"
                + " noinherit password 'no-slots' connection limit 0; end if; end $$");
    JooqUserTransactions noSlots =
        new JooqUserTransactions(
            database().login("leaseport_test_no_slots", "no-slots"), transactions);

    assertThatThrownBy(() -> noSlots.run(owner, () -> 1))
        .isInstanceOfSatisfying(
            UnavailableException.class, e -> assertThat(e.code()).isEqualTo("unavailable"));
  }

  @Test
  void aWriteRefusedByAReadOnlyServerIsUnavailable() {
    // A failed-over primary that became a standby refuses writes with 25006.
    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () -> {
                      transactions.dsl().execute("set transaction read only");
                      return properties.create(owner.userId(), newProperty("Read-only"));
                    }))
        .isInstanceOfSatisfying(
            UnavailableException.class, e -> assertThat(e.code()).isEqualTo("unavailable"));
    assertThat(propertiesOfOwner()).isZero();
  }

  private <T> T throughProxy(Supplier<T> work) {
    return new JooqUserTransactions(database().authenticatorThrough(proxy.port()), transactions)
        .run(owner, work);
  }

  private long propertiesOfOwner() {
    return database()
        .count("select count(*) from leaseport.properties where owner_id = ?", owner.userId());
  }
}
