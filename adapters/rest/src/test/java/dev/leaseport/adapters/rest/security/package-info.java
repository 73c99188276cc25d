/** Specifications of bearer token verification. */
package dev.leaseport.adapters.rest.security;
