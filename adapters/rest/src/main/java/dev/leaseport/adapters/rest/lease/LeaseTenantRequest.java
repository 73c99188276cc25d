package dev.leaseport.adapters.rest.lease;

import dev.leaseport.domain.lease.LeaseTenantRole;
import dev.leaseport.domain.lease.NewLeaseTenant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One tenant record of the owner on a new lease, and its role. */
@Schema(
    name = "NewLeaseTenant",
    requiredProperties = {"tenantId", "role"})
public record LeaseTenantRequest(UUID tenantId, LeaseTenantRole role) {

  NewLeaseTenant toCommand() {
    return new NewLeaseTenant(tenantId, role);
  }
}
