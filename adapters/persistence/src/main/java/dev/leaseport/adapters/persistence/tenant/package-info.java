/** Tenant records through jOOQ, under the caller's row-level security. */
package dev.leaseport.adapters.persistence.tenant;
