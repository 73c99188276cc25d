/**
 * Maintenance use cases: renters and owners file and read requests, owners move them through the
 * status machine, a renter withdraws what they filed while it is OPEN.
 */
package dev.leaseport.application.maintenance;
