/**
 * Maintenance requests and their history under the caller's row-level security. Filing and a
 * renter's cancel are database functions; the history and the notifications are written by the
 * status trigger, whatever path changes a status.
 */
package dev.leaseport.adapters.persistence.maintenance;
