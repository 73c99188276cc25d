/** Specifications of the invitation requests and links. */
package dev.leaseport.adapters.rest.invitation;
