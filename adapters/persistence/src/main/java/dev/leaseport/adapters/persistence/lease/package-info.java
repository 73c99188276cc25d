/**
 * Leases under the caller's RLS: reads with their tenants and signatures in one statement, and each
 * transition as one call of its database function.
 */
package dev.leaseport.adapters.persistence.lease;
