/**
 * {@code /api/v1/invitations}: owners invite and revoke, renters accept with the token of their
 * link. The token appears in one response only, the one that creates it.
 */
package dev.leaseport.adapters.rest.invitation;
