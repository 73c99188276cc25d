package dev.leaseport.domain.lease;

import java.util.Optional;
import java.util.UUID;

/**
 * A tenant record on a lease. The name is empty where the caller may not read the record (a renter
 * sees their own record, not their co-tenants').
 */
public record LeaseTenant(UUID tenantId, LeaseTenantRole role, Optional<String> name) {}
