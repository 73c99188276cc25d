/**
 * Invitations through jOOQ: the owner's side under row-level security, acceptance through the one
 * {@code accept_invitation} database function.
 */
package dev.leaseport.adapters.persistence.invitation;
