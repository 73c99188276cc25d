package dev.leaseport.application.tenant;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.tenant.Tenant;
import dev.leaseport.domain.tenant.TenantFilter;
import dev.leaseport.domain.tenant.TenantRepository;
import dev.leaseport.domain.tenant.TenantSortField;

/** An owner lists their tenant records, filtered, sorted and paged. */
public final class ListTenants {
  private final UserTransactions transactions;
  private final TenantRepository tenants;

  public ListTenants(UserTransactions transactions, TenantRepository tenants) {
    this.transactions = transactions;
    this.tenants = tenants;
  }

  public Page<Tenant> execute(
      Caller caller, TenantFilter filter, Sort<TenantSortField> sort, PageRequest page) {
    caller.require(UserType.OWNER);
    return transactions.run(caller, () -> tenants.list(filter, sort, page));
  }
}
