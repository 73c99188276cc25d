/**
 * Invitations: how an owner's tenant record becomes linked to a renter's user. The token is shown
 * once; only its hash is kept, and acceptance trusts the verified caller alone.
 */
package dev.leaseport.domain.invitation;
