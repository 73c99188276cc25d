/** The job runner on real PostgreSQL: once per date on any number of servers, nothing half-done. */
package dev.leaseport.adapters.persistence.jobs;
