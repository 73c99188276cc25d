package dev.leaseport.domain.lease;

import java.util.UUID;

/** A tenant record of the owner to put on a new lease, in a role. */
public record NewLeaseTenant(UUID tenantId, LeaseTenantRole role) {}
