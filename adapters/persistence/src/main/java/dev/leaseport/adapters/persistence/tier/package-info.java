/**
 * The user tier: each request's transaction runs as {@code authenticated} with the verified claims,
 * so row-level security scopes every statement. With the system tier, the only code that may set a
 * transaction's role or claims ({@link dev.leaseport.adapters.persistence.tier.LocalSettings}).
 */
package dev.leaseport.adapters.persistence.tier;
