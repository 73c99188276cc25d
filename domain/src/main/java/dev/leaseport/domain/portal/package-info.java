/**
 * The tenant portal: what a renter sees first when they sign in, read in one call under their own
 * identity.
 */
package dev.leaseport.domain.portal;
