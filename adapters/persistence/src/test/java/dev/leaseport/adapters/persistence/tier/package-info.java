/**
 * Tests of the user tier: role, claims, which failures are retried (never a COMMIT whose outcome is
 * unknown) and which answer "unavailable".
 */
package dev.leaseport.adapters.persistence.tier;
