/** Charge schema, jobs, owner functions and repository tests on the real PostgreSQL. */
package dev.leaseport.adapters.persistence.charge;
