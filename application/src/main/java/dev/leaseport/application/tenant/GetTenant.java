package dev.leaseport.application.tenant;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.tenant.Tenant;
import dev.leaseport.domain.tenant.TenantRepository;
import java.util.UUID;

/** An owner reads one of their tenant records; anyone else's is not found. */
public final class GetTenant {
  private final UserTransactions transactions;
  private final TenantRepository tenants;

  public GetTenant(UserTransactions transactions, TenantRepository tenants) {
    this.transactions = transactions;
    this.tenants = tenants;
  }

  public Tenant execute(Caller caller, UUID id) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller, () -> tenants.findById(id).orElseThrow(() -> new NotFoundException("Tenant")));
  }
}
