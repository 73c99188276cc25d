/** Specifications of local-mode token minting. */
package dev.leaseport.adapters.rest.local;
