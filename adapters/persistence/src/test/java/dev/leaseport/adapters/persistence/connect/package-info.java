/** Payout account rows on real PostgreSQL: one per owner, visible to their owner only. */
package dev.leaseport.adapters.persistence.connect;
