/**
 * The PostgreSQL adapter: Flyway owns the schema, jOOQ (generated from the migrated database)
 * implements the domain's repository ports, and every query runs in a user-tier or system-tier
 * transaction.
 */
package dev.leaseport.adapters.persistence;
