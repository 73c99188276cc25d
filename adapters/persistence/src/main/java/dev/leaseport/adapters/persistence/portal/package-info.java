/**
 * The tenant portal's overview: one call of {@code leaseport.tenant_overview()} in the user tier,
 * its JSON read into the domain's records.
 */
package dev.leaseport.adapters.persistence.portal;
