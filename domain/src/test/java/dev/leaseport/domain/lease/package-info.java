/** Tests of the lease state machine and the lease commands' field rules. */
package dev.leaseport.domain.lease;
