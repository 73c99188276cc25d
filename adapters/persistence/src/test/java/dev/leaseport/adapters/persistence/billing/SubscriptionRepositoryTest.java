package dev.leaseport.adapters.persistence.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.billing.Subscription;
import dev.leaseport.domain.billing.SubscriptionStatus;
import dev.leaseport.domain.identity.Caller;
import java.time.Instant;
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
