package dev.leaseport.adapters.persistence.paymentmethod;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.LEASES;
import static org.jooq.impl.DSL.row;

import dev.leaseport.adapters.persistence.jooq.leaseport.Routines;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.paymentmethod.LeaseAutopay;
import dev.leaseport.domain.paymentmethod.LeaseAutopayRepository;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record1;

/**
 * A lease's autopay as row-level security shows the lease (its owner, its renters once sent); set
 * only through {@code set_lease_autopay}, which writes the autopay column and nothing else.
 */
public final class JooqLeaseAutopayRepository implements LeaseAutopayRepository {
  private final TransactionContext transactions;

  public JooqLeaseAutopayRepository(TransactionContext transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<LeaseAutopay> find(UUID leaseId) {
    return transactions
        .dsl()
        .select(
            row(LEASES.ID, LEASES.AUTOPAY_PAYMENT_METHOD_ID.convertFrom(Optional::ofNullable))
                .mapping(LeaseAutopay::new))
        .from(LEASES)
        .where(LEASES.ID.eq(leaseId))
        .fetchOptional(Record1::value1);
  }

  @Override
  public void set(UUID leaseId, Optional<UUID> paymentMethodId) {
    Routines.setLeaseAutopay(
        transactions.dsl().configuration(), leaseId, paymentMethodId.orElse(null));
  }
}
