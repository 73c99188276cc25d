package dev.leaseport.application.tenant;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Versioned;
import dev.leaseport.domain.tenant.Tenant;
import dev.leaseport.domain.tenant.TenantChanges;
import dev.leaseport.domain.tenant.TenantRepository;
import java.util.UUID;

/** An owner changes fields of one of their tenant records (never the linked user). */
public final class UpdateTenant {
  private final UserTransactions transactions;
  private final TenantRepository tenants;

  public UpdateTenant(UserTransactions transactions, TenantRepository tenants) {
    this.transactions = transactions;
    this.tenants = tenants;
  }

  public Tenant execute(Caller caller, UUID id, TenantChanges changes, Versioned expected) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller,
        () ->
            tenants
                .update(id, changes, expected)
                .orElseThrow(() -> new NotFoundException("Tenant")));
  }
}
