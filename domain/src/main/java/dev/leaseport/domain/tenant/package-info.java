/** An owner's records of the renters they let to, and the port that stores them. */
package dev.leaseport.domain.tenant;
