/**
 * The user tier: each request's transaction runs as {@code authenticated} with the verified claims,
 * so row-level security scopes every statement.
 */
package dev.leaseport.adapters.persistence.tier;
