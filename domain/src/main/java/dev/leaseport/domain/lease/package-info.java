/**
 * Leases: their terms, parties and signatures, the one lease state machine ({@link
 * dev.leaseport.domain.lease.LeaseStatus}) and the port that stores them.
 */
package dev.leaseport.domain.lease;
