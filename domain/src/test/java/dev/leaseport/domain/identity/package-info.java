/** Specifications of the caller and profile rules. */
package dev.leaseport.domain.identity;
