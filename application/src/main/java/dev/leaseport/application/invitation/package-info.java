/** Use cases for invitations: owners issue and revoke them, renters accept them. */
package dev.leaseport.application.invitation;
