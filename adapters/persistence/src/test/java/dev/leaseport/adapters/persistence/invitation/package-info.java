/** Tests of invitations and their acceptance function on a real PostgreSQL. */
package dev.leaseport.adapters.persistence.invitation;
