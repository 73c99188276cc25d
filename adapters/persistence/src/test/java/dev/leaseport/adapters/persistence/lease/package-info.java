/** Lease repository, signing, overlap and end-of-lease tests on the real PostgreSQL. */
package dev.leaseport.adapters.persistence.lease;
