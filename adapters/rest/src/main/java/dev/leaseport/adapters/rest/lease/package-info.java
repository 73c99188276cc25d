/**
 * {@code /api/v1/leases}: owners draft and manage leases; owners and their renters read and sign.
 */
package dev.leaseport.adapters.rest.lease;
