/**
 * The {@code Idempotency-Key} header of POST requests: the first request with a key runs in a
 * transaction that also stores its answer; a retry gets that answer again and runs nothing.
 */
package dev.leaseport.adapters.rest.idempotency;
