package dev.leaseport.domain.portal;

/**
 * Reads the calling renter's overview, inside the caller's transaction and under their identity.
 */
public interface TenantOverviewRepository {

  TenantOverview ofCaller();
}
