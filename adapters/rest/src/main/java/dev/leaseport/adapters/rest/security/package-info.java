/** Bearer-token verification and the authenticated caller of the current request. */
package dev.leaseport.adapters.rest.security;
