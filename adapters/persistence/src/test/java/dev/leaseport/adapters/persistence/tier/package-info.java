/** Tests of the user tier: role, claims and the retry of serialization failures. */
package dev.leaseport.adapters.persistence.tier;
