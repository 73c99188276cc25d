package dev.leaseport.adapters.persistence.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.billing.Subscription;
import dev.leaseport.domain.billing.SubscriptionStatus;
import dev.leaseport.domain.identity.Caller;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The owner's billing record through the real user tier. */
class SubscriptionRepositoryTest extends DatabaseTest {
  private final JooqSubscriptionRepository subscriptions =
      new JooqSubscriptionRepository(transactions);

  @Test
  void anOwnerWithoutARecordHasNone() {
    Caller owner = newOwner();

    assertThat(as(owner, subscriptions::findOwn)).isEmpty();
  }

  @Test
  void theFirstCustomerStoredIsKeptAndReturnedToLaterCallers() {
    Caller owner = newOwner();

    String first = as(owner, () -> subscriptions.rememberCustomer(owner.userId(), "cus_first"));
    String second = as(owner, () -> subscriptions.rememberCustomer(owner.userId(), "cus_second"));

    assertThat(first).isEqualTo("cus_first");
    assertThat(second).isEqualTo("cus_first");
    assertThat(database().count("select count(*) from leaseport.subscriptions")).isEqualTo(1);
  }

  @Test
  void ofTwoCheckoutsStoringACustomerAtOnceBothEndWithTheOneStoredFirst() throws Exception {
    Caller owner = newOwner();
    CountDownLatch firstStored = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(
            () ->
                as(
                    owner,
                    () -> {
                      String stored = subscriptions.rememberCustomer(owner.userId(), "cus_first");
                      firstStored.countDown();
                      await(releaseFirst);
                      return stored;
                    }));
    assertThat(firstStored.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<String> second =
        CompletableFuture.supplyAsync(
            () -> as(owner, () -> subscriptions.rememberCustomer(owner.userId(), "cus_second")));
    Thread.sleep(300); // the second insert now waits for the first transaction's row
    assertThat(second).isNotDone();
    releaseFirst.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("cus_first");
    assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("cus_first");
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aTenantHasNoBillingRecordToRead() {
    Caller owner = newOwner();
    Caller tenant = newTenant();
    as(owner, () -> subscriptions.rememberCustomer(owner.userId(), "cus_owner"));

    assertThat(as(tenant, subscriptions::findOwn)).isEmpty();
  }

  @Test
  void anOwnerReadsTheSubscriptionStripeReportedAndNotAnotherOwners() {
    Caller owner = newOwner();
    Caller other = newOwner();
    as(other, () -> subscriptions.rememberCustomer(other.userId(), "cus_other"));
    Instant periodEnd = Instant.parse("2027-01-01T00:00:00Z");
    database()
        .superuser()
        .execute(
            "insert into leaseport.subscriptions (owner_id, stripe_customer_id,"
                + " stripe_subscription_id, plan_id, status, current_period_end,"
                + " cancel_at_period_end, stripe_updated_at) values (?, 'cus_1', 'sub_1', 'pro',"
                + " 'past_due', ?::timestamptz, true, now())",
            owner.userId(),
            periodEnd.toString());

    Subscription own = as(owner, subscriptions::findOwn).orElseThrow();

    assertThat(own.stripeCustomerId()).isEqualTo("cus_1");
    assertThat(own.stripeSubscriptionId()).contains("sub_1");
    assertThat(own.planId()).contains("pro");
    assertThat(own.status()).contains(SubscriptionStatus.PAST_DUE);
    assertThat(own.currentPeriodEnd()).contains(periodEnd);
    assertThat(own.cancelAtPeriodEnd()).isTrue();
  }
}
