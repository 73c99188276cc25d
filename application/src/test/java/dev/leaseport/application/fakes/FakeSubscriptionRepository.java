package dev.leaseport.application.fakes;

import dev.leaseport.domain.billing.Subscription;
import dev.leaseport.domain.billing.SubscriptionRepository;
import dev.leaseport.domain.billing.SubscriptionStatus;
import java.util.Optional;
import java.util.UUID;

/** One owner's billing record, kept in a field; used only inside a transaction. */
public final class FakeSubscriptionRepository implements SubscriptionRepository {
  private final FakeUserTransactions transactions;
  private Optional<Subscription> stored = Optional.empty();

  public FakeSubscriptionRepository(FakeUserTransactions transactions) {
    this.transactions = transactions;
  }

  public void store(UUID ownerId, String customerId, String planId, SubscriptionStatus status) {
    stored =
        Optional.of(
            new Subscription(
                ownerId,
                customerId,
                Optional.of("sub_1"),
                Optional.of(planId),
                Optional.of(status),
                Optional.empty(),
                false,
                1));
  }

  public Optional<Subscription> stored() {
    return stored;
  }

  @Override
  public Optional<Subscription> findOwn() {
    transactions.requireOpen();
    return stored;
  }

  @Override
  public String rememberCustomer(UUID ownerId, String stripeCustomerId) {
    transactions.requireOpen();
    if (stored.isEmpty()) {
      stored =
          Optional.of(
              new Subscription(
                  ownerId,
                  stripeCustomerId,
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  false,
                  1));
    }
    return stored.get().stripeCustomerId();
  }
}
