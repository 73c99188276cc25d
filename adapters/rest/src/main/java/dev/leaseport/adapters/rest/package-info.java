/** The JAX-RS inbound adapter: resources translate HTTP into use-case calls and back. */
package dev.leaseport.adapters.rest;
