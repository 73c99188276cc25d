/**
 * Rate limits at the edge: token buckets per authenticated caller, per client address for routes
 * without a token, and stricter ones where abuse costs most; kept in memory on each server.
 */
package dev.leaseport.adapters.rest.ratelimit;
