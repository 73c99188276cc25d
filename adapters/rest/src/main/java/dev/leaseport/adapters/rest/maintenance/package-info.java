/**
 * {@code /api/v1/maintenance-requests}: renters and owners file and read requests and their
 * history; owners schedule, price and move them; a renter withdraws an OPEN request they filed.
 */
package dev.leaseport.adapters.rest.maintenance;
