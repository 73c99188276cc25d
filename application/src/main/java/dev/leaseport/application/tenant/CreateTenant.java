package dev.leaseport.application.tenant;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.tenant.NewTenant;
import dev.leaseport.domain.tenant.Tenant;
import dev.leaseport.domain.tenant.TenantRepository;

/** An owner records a renter; the record is linked to a user only by an accepted invitation. */
public final class CreateTenant {
  private final UserTransactions transactions;
  private final TenantRepository tenants;

  public CreateTenant(UserTransactions transactions, TenantRepository tenants) {
    this.transactions = transactions;
    this.tenants = tenants;
  }

  public Tenant execute(Caller caller, NewTenant tenant) {
    caller.require(UserType.OWNER);
    return transactions.run(caller, () -> tenants.create(caller.userId(), tenant));
  }
}
