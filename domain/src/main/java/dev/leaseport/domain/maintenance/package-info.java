/**
 * Maintenance requests: what a renter or an owner asks to have fixed, the one status machine
 * ({@link dev.leaseport.domain.maintenance.MaintenanceStatus}), its history and the port that
 * stores them.
 */
package dev.leaseport.domain.maintenance;
