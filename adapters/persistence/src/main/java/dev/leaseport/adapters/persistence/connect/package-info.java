/** Owners' payout account rows in the user tier: created and read by their owner only. */
package dev.leaseport.adapters.persistence.connect;
