package dev.leaseport.adapters.persistence.connect;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.CONNECTED_ACCOUNTS;
import static org.jooq.impl.DSL.row;

import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.payment.PayoutAccount;
import dev.leaseport.domain.payment.PayoutAccountRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record1;
import org.jooq.SelectField;

/**
 * The caller's payout account. Row-level security shows an owner their own row only, so "mine"
 * needs no condition; the unique owner decides which of two racing creates wins.
 */
public final class JooqPayoutAccountRepository implements PayoutAccountRepository {
  private static final SelectField<PayoutAccount> ACCOUNT =
      row(
              CONNECTED_ACCOUNTS.STRIPE_ACCOUNT_ID,
              CONNECTED_ACCOUNTS.CHARGES_ENABLED,
              CONNECTED_ACCOUNTS.PAYOUTS_ENABLED,
              CONNECTED_ACCOUNTS.DETAILS_SUBMITTED,
              CONNECTED_ACCOUNTS.REQUIREMENTS_DUE.convertFrom(List::of),
              CONNECTED_ACCOUNTS.CREATED_AT)
          .mapping(PayoutAccount::new);

  private final TransactionContext transactions;

  public JooqPayoutAccountRepository(TransactionContext transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<PayoutAccount> findMine() {
    return transactions
        .dsl()
        .select(ACCOUNT)
        .from(CONNECTED_ACCOUNTS)
        .fetchOptional(Record1::value1);
  }

  @Override
  public boolean create(UUID ownerId, String accountId) {
    return transactions
            .dsl()
            .insertInto(CONNECTED_ACCOUNTS)
            .set(CONNECTED_ACCOUNTS.OWNER_ID, ownerId)
            .set(CONNECTED_ACCOUNTS.STRIPE_ACCOUNT_ID, accountId)
            // Both unique keys arbitrate: racing opens carry the same Stripe account (one
            // idempotency key per owner), and either key may be the one that meets the other
            // insert first. With the owner's key alone, the loser got a unique violation.
            .onConflictDoNothing()
            .execute()
        == 1;
  }
}
