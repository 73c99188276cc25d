package dev.leaseport.adapters.persistence.billing;

import static dev.leaseport.domain.testdata.PlanTestData.billedCatalog;
import static dev.leaseport.domain.testdata.PlanTestData.unbilledCatalog;
import static dev.leaseport.domain.testdata.PropertyTestData.newProperty;
import static dev.leaseport.domain.testdata.UnitTestData.newUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.property.JooqPropertyRepository;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.adapters.persistence.tier.JooqUserTransactions;
import dev.leaseport.adapters.persistence.unit.JooqUnitRepository;
import dev.leaseport.application.property.ArchiveProperty;
import dev.leaseport.application.property.CreateProperty;
import dev.leaseport.application.unit.CreateUnit;
import dev.leaseport.domain.billing.PlanUsage;
import dev.leaseport.domain.billing.PlanUsageRepository;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.property.NewProperty;
import dev.leaseport.domain.property.Property;
import dev.leaseport.domain.property.PropertyRepository;
import dev.leaseport.domain.shared.ForbiddenException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Plan limits through the real use cases and the real user tier, with billing configured: the free
 * plan allows 1 property and 5 units, the starter plan 3 and 10.
 */
class PlanLimitsTest extends DatabaseTest {
  private final JooqPropertyRepository properties = new JooqPropertyRepository(transactions);
  private final JooqUnitRepository units = new JooqUnitRepository(transactions);
  private final JooqPlanUsageRepository usage = new JooqPlanUsageRepository(transactions);
  private Caller owner;

  @BeforeEach
  void anOwnerOnTheFreePlan() {
    owner = newOwner();
  }

  private CreateProperty createProperty(PropertyRepository repository, PlanUsageRepository usage) {
    return new CreateProperty(userTier(), repository, billedCatalog(), usage);
  }

  private Property createProperty(Caller caller) {
    return createProperty(properties, usage).execute(caller, newProperty());
  }

  private CreateUnit createUnit() {
    return new CreateUnit(userTier(), units, billedCatalog(), usage);
  }

  @Test
  void theUsageCountsTheOwnersPropertiesAndUnitsOnly() {
    UUID property = createProperty(owner).id();
    createUnit().execute(owner, newUnit(property, "1"));
    createUnit().execute(owner, newUnit(property, "2"));
    createProperty(newOwner());

    PlanUsage counted = as(owner, usage::lockForCreate);

    assertThat(counted.properties()).isEqualTo(1);
    assertThat(counted.units()).isEqualTo(2);
    assertThat(counted.subscribedPlanId()).isEmpty();
  }

  @Test
  void theFirstPropertyFitsTheFreePlanAndTheSecondIsRefusedNamingTheLimit() {
    createProperty(owner);

    assertThatThrownBy(() -> createProperty(owner))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.code()).isEqualTo("plan-limit-reached"))
        .hasMessageContaining("allows 1 property");
    assertThat(propertiesOf(owner)).isEqualTo(1);
  }

  @Test
  void theFifthUnitFitsTheFreePlanAndTheSixthIsRefused() {
    UUID property = createProperty(owner).id();
    for (int i = 1; i <= 4; i++) {
      createUnit().execute(owner, newUnit(property, "U" + i));
    }

    createUnit().execute(owner, newUnit(property, "U5"));

    assertThatThrownBy(() -> createUnit().execute(owner, newUnit(property, "U6")))
        .hasMessage("Your Free plan allows 5 units; upgrade your plan to add more");
    assertThat(database().count("select count(*) from leaseport.units")).isEqualTo(5);
  }

  @Test
  void anArchivedPropertyStillCountsTowardTheLimit() {
    Property first = createProperty(owner);
    new ArchiveProperty(userTier(), properties).execute(owner, first.id());

    assertThatThrownBy(() -> createProperty(owner)).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void anActiveSubscriptionLiftsTheLimitToItsPlanAndACanceledOneDropsItBack() {
    createProperty(owner);
    subscribe(owner, "starter", "active");

    createProperty(owner);
    createProperty(owner);
    assertThatThrownBy(() -> createProperty(owner)).hasMessageContaining("Starter plan allows 3");

    database()
        .superuser()
        .execute(
            "update leaseport.subscriptions set status = 'canceled' where owner_id = ?",
            owner.userId());
    assertThatThrownBy(() -> createProperty(owner)).hasMessageContaining("Free plan allows 1");
  }

  @Test
  void theLimitCostsOneStatementPerCreateAndNoneWithoutBilling() {
    AtomicInteger billed = new AtomicInteger();
    AtomicInteger unbilled = new AtomicInteger();

    new CreateProperty(counting(billed), properties, billedCatalog(), usage)
        .execute(owner, newProperty());
    new CreateProperty(counting(unbilled), properties, unbilledCatalog(), usage)
        .execute(newOwner(), newProperty());

    assertThat(billed.get() - unbilled.get()).isEqualTo(1);
  }

  /** The user tier on the test pool, counting every statement it sends. */
  private JooqUserTransactions counting(AtomicInteger statements) {
    ExecuteListener counter =
        new ExecuteListener() {
          @Override
          public void executeStart(ExecuteContext ctx) {
            statements.incrementAndGet();
          }
        };
    return new JooqUserTransactions(
        DSL.using(database().authenticator().configuration().deriveAppending(counter)),
        transactions);
  }

  @Test
  void ofTwoCreatesRacingAtTheLimitOnTwoConnectionsExactlyOneSucceeds() throws Exception {
    List<Outcome> outcomes = race(usage);

    assertThat(outcomes).containsExactlyInAnyOrder(Outcome.CREATED, Outcome.REFUSED);
    assertThat(propertiesOf(owner)).isEqualTo(1);
  }

  /** The control: counting without the lock lets both racers through, so the race is real. */
  @Test
  void withoutTheLockBothRacersWouldPass() throws Exception {
    PlanUsageRepository countOnly =
        () ->
            transactions
                .dsl()
                .fetchSingle(
                    "select (select count(*) from leaseport.properties),"
                        + " (select count(*) from leaseport.units)")
                .map(
                    r ->
                        new PlanUsage(
                            Optional.empty(),
                            Optional.empty(),
                            r.get(0, Long.class),
                            r.get(1, Long.class)));

    assertThat(raceWithoutWaitingForTheLock(countOnly))
        .containsExactly(Outcome.CREATED, Outcome.CREATED);
  }

  enum Outcome {
    CREATED,
    REFUSED
  }

  /**
   * The first create inserts and holds its transaction open until the second is seen waiting for
   * the owner's lock in PostgreSQL; then the first commits and the second goes on.
   */
  private List<Outcome> race(PlanUsageRepository usage) throws Exception {
    CountDownLatch firstInserted = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    CompletableFuture<Outcome> first =
        CompletableFuture.supplyAsync(
            () -> attempt(holdingAfterInsert(firstInserted, releaseFirst), usage));
    assertThat(firstInserted.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Outcome> second =
        CompletableFuture.supplyAsync(() -> attempt(properties, usage));
    awaitABackendWaitingForALock(Duration.ofSeconds(10));
    releaseFirst.countDown();
    return List.of(first.get(20, TimeUnit.SECONDS), second.get(20, TimeUnit.SECONDS));
  }

  /** Both transactions count before either commits: what the lock prevents. */
  private List<Outcome> raceWithoutWaitingForTheLock(PlanUsageRepository usage) throws Exception {
    CountDownLatch firstInserted = new CountDownLatch(1);
    CountDownLatch secondInserted = new CountDownLatch(1);
    CompletableFuture<Outcome> first =
        CompletableFuture.supplyAsync(
            () -> attempt(holdingAfterInsert(firstInserted, secondInserted), usage));
    assertThat(firstInserted.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Outcome> second =
        CompletableFuture.supplyAsync(
            () -> attempt(holdingAfterInsert(secondInserted, new CountDownLatch(0)), usage));
    return List.of(first.get(20, TimeUnit.SECONDS), second.get(20, TimeUnit.SECONDS));
  }

  private Outcome attempt(PropertyRepository repository, PlanUsageRepository usage) {
    try {
      createProperty(repository, usage).execute(owner, newProperty());
      return Outcome.CREATED;
    } catch (ForbiddenException e) {
      return Outcome.REFUSED;
    }
  }

  /** The real repository, pausing inside the transaction right after its insert. */
  private PropertyRepository holdingAfterInsert(CountDownLatch inserted, CountDownLatch release) {
    return new DelegatingPropertyRepository(properties) {
      @Override
      public Property create(UUID ownerId, NewProperty property) {
        Property created = super.create(ownerId, property);
        inserted.countDown();
        try {
          if (!release.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never released");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        return created;
      }
    };
  }

  private void awaitABackendWaitingForALock(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (database()
            .count(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query like '%lock_plan_usage%'")
        == 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the second create never waited for the owner's lock");
      }
      Thread.sleep(20);
    }
  }

  private void subscribe(Caller caller, String planId, String status) {
    database()
        .superuser()
        .execute(
            "insert into leaseport.subscriptions (owner_id, stripe_customer_id,"
                + " stripe_subscription_id, plan_id, status, stripe_updated_at)"
                + " values (?, 'cus_' || md5(?::text), 'sub_' || md5(?::text), ?, ?, now())",
            caller.userId(),
            caller.userId(),
            caller.userId(),
            planId,
            status);
  }

  private long propertiesOf(Caller caller) {
    return database()
        .count("select count(*) from leaseport.properties where owner_id = ?", caller.userId());
  }
}
