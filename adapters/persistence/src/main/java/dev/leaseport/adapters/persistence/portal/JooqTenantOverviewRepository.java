package dev.leaseport.adapters.persistence.portal;

import dev.leaseport.adapters.persistence.jooq.leaseport.Routines;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.portal.TenantOverview;
import dev.leaseport.domain.portal.TenantOverviewRepository;

/**
 * The overview is one statement: the database function gathers every section under the caller's
 * row-level security (it is SECURITY INVOKER and executable by {@code authenticated} only), so the
 * page costs one round trip however many leases the renter has.
 */
public final class JooqTenantOverviewRepository implements TenantOverviewRepository {
  private final TransactionContext transactions;

  public JooqTenantOverviewRepository(TransactionContext transactions) {
    this.transactions = transactions;
  }

  @Override
  public TenantOverview ofCaller() {
    return OverviewJson.read(Routines.tenantOverview(transactions.dsl().configuration()));
  }
}
