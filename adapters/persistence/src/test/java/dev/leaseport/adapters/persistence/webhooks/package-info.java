/** The webhook inbox on real PostgreSQL: exactly once, in order, and nothing on failure. */
package dev.leaseport.adapters.persistence.webhooks;
