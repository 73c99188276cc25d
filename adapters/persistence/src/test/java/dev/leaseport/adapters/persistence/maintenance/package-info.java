/** Maintenance requests on PostgreSQL: filing, visibility, the status machine and the history. */
package dev.leaseport.adapters.persistence.maintenance;
