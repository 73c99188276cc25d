/**
 * Tests of the database's own defences, independent of any repository: row-level security on every
 * tenant table, column grants, composite foreign keys, function and role privileges.
 */
package dev.leaseport.adapters.persistence.security;
