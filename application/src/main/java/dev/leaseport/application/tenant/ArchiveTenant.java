package dev.leaseport.application.tenant;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Versioned;
import dev.leaseport.domain.tenant.Tenant;
import dev.leaseport.domain.tenant.TenantChanges;
import dev.leaseport.domain.tenant.TenantRepository;
import dev.leaseport.domain.tenant.TenantStatus;
import java.util.UUID;

/**
 * An owner archives a tenant record once the renter has moved on: records are never deleted.
 * Archiving an archived record changes nothing.
 */
public final class ArchiveTenant {
  private final UserTransactions transactions;
  private final TenantRepository tenants;

  public ArchiveTenant(UserTransactions transactions, TenantRepository tenants) {
    this.transactions = transactions;
    this.tenants = tenants;
  }

  public Tenant execute(Caller caller, UUID id) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller,
        () -> {
          Tenant tenant = tenants.findById(id).orElseThrow(() -> new NotFoundException("Tenant"));
          if (tenant.status() == TenantStatus.ARCHIVED) {
            return tenant; // already archived: no write, the version stays
          }
          return tenants
              .update(id, TenantChanges.status(TenantStatus.ARCHIVED), Versioned.any())
              .orElseThrow(() -> new NotFoundException("Tenant"));
        });
  }
}
