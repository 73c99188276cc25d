package dev.leaseport.adapters.persistence.billing;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.SUBSCRIPTIONS;
import static org.jooq.impl.DSL.row;

import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.billing.Subscription;
import dev.leaseport.domain.billing.SubscriptionRepository;
import dev.leaseport.domain.billing.SubscriptionStatus;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SelectField;

/** The caller's billing record; row-level security shows an owner theirs and nobody else any. */
public final class JooqSubscriptionRepository implements SubscriptionRepository {
  private static final SelectField<Subscription> SUBSCRIPTION =
      row(
              SUBSCRIPTIONS.OWNER_ID,
              SUBSCRIPTIONS.STRIPE_CUSTOMER_ID,
              SUBSCRIPTIONS.STRIPE_SUBSCRIPTION_ID.convertFrom(Optional::ofNullable),
              SUBSCRIPTIONS.PLAN_ID.convertFrom(Optional::ofNullable),
              SUBSCRIPTIONS.STATUS.convertFrom(
                  status -> Optional.ofNullable(status).flatMap(SubscriptionStatus::ofStripe)),
              SUBSCRIPTIONS.CURRENT_PERIOD_END.convertFrom(Optional::ofNullable),
              SUBSCRIPTIONS.CANCEL_AT_PERIOD_END,
              SUBSCRIPTIONS.VERSION)
          .mapping(Subscription::new);

  private final TransactionContext transactions;

  public JooqSubscriptionRepository(TransactionContext transactions) {
    this.transactions = transactions;
  }

  /** One row at most: the owner's, the only one their policy shows. */
  @Override
  public Optional<Subscription> findOwn() {
    return dsl().select(SUBSCRIPTION).from(SUBSCRIPTIONS).fetchOptional(0, Subscription.class);
  }

  /**
   * Inserts the row if the owner has none (a concurrent insert makes this one do nothing, after
   * waiting for it to commit), then reads what is stored: a second statement, so it sees a row that
   * committed while the first waited.
   */
  @Override
  public String rememberCustomer(UUID ownerId, String stripeCustomerId) {
    dsl()
        .insertInto(SUBSCRIPTIONS, SUBSCRIPTIONS.OWNER_ID, SUBSCRIPTIONS.STRIPE_CUSTOMER_ID)
        .values(ownerId, stripeCustomerId)
        // Every unique key arbitrates: racing checkouts carry the same customer (one idempotency
        // key per owner), and the customer's key may meet the other insert first.
        .onConflictDoNothing()
        .execute();
    return dsl()
        .select(SUBSCRIPTIONS.STRIPE_CUSTOMER_ID)
        .from(SUBSCRIPTIONS)
        .fetchSingle()
        .value1();
  }

  private DSLContext dsl() {
    return transactions.dsl();
  }
}
